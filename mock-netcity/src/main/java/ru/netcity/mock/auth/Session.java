package ru.netcity.mock.auth;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import ru.netcity.mock.school.Account;

/** A logged-in session, known by its {@code at} token. */
public final class Session {
  private final String at;
  private final Account account;
  private final Instant loginTime;
  private final long timeoutMillis;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Instant lastSeen;
  private volatile boolean ended;

  Session(String at, Account account, Instant loginTime, long timeoutMillis) {
    this.at = at;
    this.account = account;
    this.loginTime = loginTime;
    this.timeoutMillis = timeoutMillis;
    this.lastSeen = loginTime;
  }

  public String at() {
    return at;
  }

  public Account account() {
    return account;
  }

  public Instant loginTime() {
    return loginTime;
  }

  public long timeoutMillis() {
    return timeoutMillis;
  }

  /** Whether the session still lives at {@code now}: not logged out, not idle past its timeout. */
  boolean aliveAt(Instant now) {
    return !ended && !now.isAfter(lastSeen.plusMillis(timeoutMillis));
  }

  /** How many authenticated requests the session has made. */
  public int requests() {
    return requests.get();
  }

  /** Counts an authenticated request and returns how many the session has made. */
  int touch(Instant now) {
    lastSeen = now;
    return requests.incrementAndGet();
  }

  void end() {
    ended = true;
  }

  @Override
  public String toString() {
    return "Session[" + account.login() + "]";
  }
}
