package ru.netcity.gateway.netcity;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where and as whom to log in.
 *
 * @param baseUrl the AIS origin, e.g. {@code https://sgo.example.ru}: {@code https}, or {@code
 *     http} on a loopback address only
 * @param school the school's id, or its name or short name as {@code schools/search} shows it
 */
public record NetCityConnection(URI baseUrl, String login, String password, String school) {
  public NetCityConnection {
    if (baseUrl == null || login == null || login.isBlank() || password == null || school == null) {
      throw new IllegalArgumentException(
          "netcity.base-url, login, password and school are required");
    }
    requireHttps(baseUrl);
    String text = baseUrl.toString();
    baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /**
   * Refuses an AIS address that would send the password and children's data in clear text: only
   * {@code https}, except {@code http} to a loopback address (127.0.0.0/8, ::1, localhost), where a
   * test stub or the embedded mock listens.
   */
  public static void requireHttps(URI baseUrl) {
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopback(baseUrl.getHost()))) {
      return;
    }
    throw new IllegalArgumentException(
        "netcity.base-url must be an https:// address (http:// only for 127.0.0.1, ::1 or"
            + " localhost): "
            + baseUrl);
  }

  /** Whether the host is a loopback literal or localhost; names are never resolved. */
  private static boolean isLoopback(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    boolean literal = host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    try {
      return literal && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "NetCityConnection[" + baseUrl + ", login=" + login + ", school=" + school + "]";
  }
}
