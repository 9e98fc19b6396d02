package ru.netcity.gateway.notify;

import java.util.Map;

/**
 * The wire to the channels, implemented by Camel routes (package camel): HTTP calls for the bots
 * and the SMS gateway, SMTP for e-mail. Failures to connect come back as exceptions.
 */
public interface Transport {
  /**
   * @param base the API's base URL (no token in it)
   * @param path the path under base, which may carry the bot token (never logged)
   * @param query the query string or null
   * @param body JSON or null for a GET
   */
  HttpAnswer http(
      String method,
      String base,
      String path,
      String query,
      Map<String, String> headers,
      String body);

  /** Sends one plain-text UTF-8 message; headers: To, From, Subject, Message-ID, In-Reply-To. */
  void mail(Map<String, String> headers, String body);

  /**
   * @param retryAfterHeader the Retry-After header or null
   */
  record HttpAnswer(int status, String retryAfterHeader, String body) {}
}
