package ru.netcity.gateway.netcity;

/**
 * Every failure of a call to the AIS, typed by what happened. Messages name the account or the
 * call, never a password, a token or a child's name.
 */
public class NetCityException extends RuntimeException {
  public NetCityException(String message) {
    super(message);
  }

  public NetCityException(String message, Throwable cause) {
    super(message, cause);
  }

  /** 409 at login: wrong login, password or school. Never retried. */
  public static final class BadCredentials extends NetCityException {
    public BadCredentials(String login, String serverMessage) {
      super("AIS refused the login of account '" + login + "': " + serverMessage);
    }
  }

  /** The AIS locked the account after failed logins («Следующая попытка …»). */
  public static final class RateLimited extends NetCityException {
    public RateLimited(String login, String serverMessage) {
      super("AIS rate-limits logins of account '" + login + "': " + serverMessage);
    }
  }

  /** The answer was 5xx after every allowed retry. */
  public static final class ServerError extends NetCityException {
    private final int status;

    public ServerError(String call, int status) {
      super(call + " answered HTTP " + status + " after retries");
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /**
   * HTTP 429 once the {@code Retry-After} wait no longer fits the call's retries. Like a refused
   * login it ends the run: the host asked to be left alone.
   */
  public static final class TooManyRequests extends NetCityException {
    public TooManyRequests(String call, String retryAfter) {
      super(
          call
              + " answered HTTP 429 Too Many Requests"
              + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")")
              + " and no retry fits its budget");
    }
  }

  /** The host failed repeatedly (netcity.budget.breaker): calls fail at once for a while. */
  public static final class CircuitOpen extends NetCityException {
    public CircuitOpen(String host, java.time.Duration openFor) {
      super(
          "AIS host "
              + host
              + " failed repeatedly (timeouts, connection errors, 502/503/504): calls are refused"
              + " without being sent for "
              + openFor.toSeconds()
              + " s (circuit breaker open)");
    }
  }

  /** Cut JSON, an HTML page instead of JSON, a report page without its table, or too large. */
  public static final class Malformed extends NetCityException {
    public Malformed(String call, String what) {
      super(call + " returned " + what);
    }
  }

  /** The session could not be restored after a 401. */
  public static final class SessionLost extends NetCityException {
    public SessionLost(String call) {
      super(call + " was refused with 401 again right after a new login");
    }
  }

  /** Connect or read timeout, or a report that never completed. */
  public static final class Timeout extends NetCityException {
    public Timeout(String call, Throwable cause) {
      super(call + " timed out", cause);
    }
  }

  /** The report hub reported an error or dropped the connection before {@code complete}. */
  public static final class ReportFailed extends NetCityException {
    public ReportFailed(String report, String why) {
      super("report " + report + " failed: " + why);
    }
  }

  /** Any other unexpected status, such as 403 or 404. */
  public static final class Refused extends NetCityException {
    public Refused(String call, int status) {
      super(call + " answered HTTP " + status);
    }
  }
}
