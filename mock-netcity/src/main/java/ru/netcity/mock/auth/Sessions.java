package ru.netcity.mock.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ru.netcity.mock.school.Account;

/**
 * Every session the mock knows: the pre-login state bound to the {@code NSSESSIONID} cookie, live
 * {@code at} tokens, and the count of failed logins that triggers the rate limit.
 */
public final class Sessions {
  /**
   * The idle lifetime the login answer announces as {@code timeOut} (ms), as KM's example shows.
   */
  public static final long TIMEOUT_MILLIS = 900_000;

  static final int FAILURES_BEFORE_LIMIT = 5;
  static final Duration LIMIT = Duration.ofSeconds(60);

  /** What {@code auth/getdata} handed out for one cookie; used once by {@code login}. */
  public record Challenge(String lt, String ver, String salt) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public String newCookie() {
    return hex(16);
  }

  public Challenge challenge(String cookie) {
    Challenge challenge = new Challenge(digits(9), digits(9), digits(10));
    challenges.put(cookie, challenge);
    return challenge;
  }

  /** Takes the challenge of a cookie; a challenge serves one login attempt only. */
  public Optional<Challenge> takeChallenge(String cookie) {
    return Optional.ofNullable(cookie == null ? null : challenges.remove(cookie));
  }

  /** A new session of the account in that school. */
  public Session open(Account account, int schoolId) {
    failures.remove(limitKey(schoolId, account.login()));
    Session session = new Session(digits(26), account, schoolId, clock.instant(), TIMEOUT_MILLIS);
    byToken.put(session.at(), session);
    return session;
  }

  /** The live session of a token, counting the request; empty when unknown, expired or ended. */
  public Optional<Session> touch(String at) {
    Session session = at == null ? null : byToken.get(at);
    Instant now = clock.instant();
    if (session == null || !session.aliveAt(now)) {
      return Optional.empty();
    }
    session.touch(now);
    return Optional.of(session);
  }

  public boolean alive(String at) {
    Session session = at == null ? null : byToken.get(at);
    return session != null && session.aliveAt(clock.instant());
  }

  public void end(Session session) {
    session.end();
    byToken.remove(session.at());
  }

  /**
   * The key the rate limit counts failures by: the login within its school (every school has a
   * {@code zavuch}); {@code schoolId} 0 when the login form named no school.
   */
  public static String limitKey(int schoolId, String login) {
    return schoolId + "/" + login.toLowerCase();
  }

  /** How long the login must wait before it may try again, when it is locked out. */
  public Optional<Duration> lockedFor(String key) {
    Instant until = lockedUntil.get(key);
    Instant now = clock.instant();
    return until != null && until.isAfter(now)
        ? Optional.of(Duration.between(now, until))
        : Optional.empty();
  }

  /** Tokens of the account's other live sessions: the AIS warns about them at login. */
  public List<String> liveTokensOf(Account account) {
    Instant now = clock.instant();
    return byToken.values().stream()
        .filter(s -> s.account().userId() == account.userId() && s.aliveAt(now))
        .map(Session::at)
        .sorted()
        .toList();
  }

  /** Records a failed attempt; the fifth failure in a row locks the login for a minute. */
  public void failed(String key) {
    int count = failures.merge(key, 1, Integer::sum);
    if (count >= FAILURES_BEFORE_LIMIT) {
      failures.remove(key);
      lockedUntil.put(key, clock.instant().plus(LIMIT));
    }
  }

  private String digits(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Integer.toString(i == 0 ? 1 + random.nextInt(9) : random.nextInt(10)))
        .collect(Collectors.joining());
  }

  private String hex(int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    return java.util.HexFormat.of().formatHex(data);
  }
}
