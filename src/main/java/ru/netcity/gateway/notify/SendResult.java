package ru.netcity.gateway.notify;

import java.time.Duration;

/**
 * What a channel answered to one message.
 *
 * @param retryAfter for RETRY: the channel's own wait (429 retry_after / Retry-After), or null for
 *     the usual backoff
 * @param error for RETRY and PERMANENT: the status and the API's description, never the text sent
 */
public record SendResult(Outcome outcome, Duration retryAfter, String error) {
  public enum Outcome {
    SENT,
    RETRY,
    PERMANENT
  }

  public static SendResult sent() {
    return new SendResult(Outcome.SENT, null, null);
  }

  public static SendResult retry(String error, Duration after) {
    return new SendResult(Outcome.RETRY, after, error);
  }

  public static SendResult permanent(String error) {
    return new SendResult(Outcome.PERMANENT, null, error);
  }
}
