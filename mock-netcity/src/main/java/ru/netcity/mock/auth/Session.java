package ru.netcity.mock.auth;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import ru.netcity.mock.school.Account;

/** A logged-in session, known by its {@code at} token. */
public final class Session {
  private final String at;
  private final Account account;
  private final int schoolId;
  private final Instant loginTime;
  private final long timeoutMillis;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Instant lastSeen;
  private volatile boolean ended;

  Session(String at, Account account, int schoolId, Instant loginTime, long timeoutMillis) {
    this.at = at;
    this.account = account;
    this.schoolId = schoolId;
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

  /** The school the session logged in to ({@code scid}); every call reads that school only. */
  public int schoolId() {
    return schoolId;
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
