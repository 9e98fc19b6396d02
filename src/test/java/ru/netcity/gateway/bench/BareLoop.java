package ru.netcity.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import ru.netcity.gateway.netcity.NetCityClient;

/**
 * The yardstick of the benchmarks: plain GETs of diary pages on the session of a logged-in client,
 * with nothing parsed, mapped or stored.
 */
final class BareLoop {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String origin;
  private final String at;

  BareLoop(String origin, NetCityClient session) throws ReflectiveOperationException {
    this.origin = origin;
    this.at = token(session);
  }

  /** Fetches one student's diary for the span; returns the body's length in bytes. */
  long diary(int studentId, LocalDate from, LocalDate to, int yearId) throws Exception {
    URI uri =
        URI.create(origin + "/webapi/" + NetCityClient.diaryPath(studentId, from, to, yearId));
    HttpRequest request = HttpRequest.newBuilder(uri).header("at", at).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  /** The session's {@code at} token, which the client keeps to itself. */
  private static String token(NetCityClient client) throws ReflectiveOperationException {
    var field = NetCityClient.class.getDeclaredField("http");
    field.setAccessible(true);
    Object http = field.get(client);
    var method = http.getClass().getDeclaredMethod("token");
    method.setAccessible(true);
    return (String) method.invoke(http);
  }
}
