package ru.netcity.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.netcity.mock.auth.Session;

/**
 * One request to the mock as a handler sees it. Parameter names are matched without regard to case,
 * as the real server does (clients send {@code loginType} and {@code LoginType}, {@code studentId}
 * and {@code studentID}).
 */
public final class Call {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Request request;
  private final Session session;
  private final Parameters stub;
  private Map<String, String> query;
  private Map<String, String> form;

  Call(Request request, Session session, Parameters stub) {
    this.request = request;
    this.session = session;
    this.stub = stub;
  }

  /** A parameter the stub file gives its handler, e.g. the body file of a static answer. */
  public String stubParameter(String name) {
    return stub.getString(name);
  }

  /** The logged-in session; only null for the endpoints that need no {@code at}. */
  public Session session() {
    return session;
  }

  public Request request() {
    return request;
  }

  /** The lower-cased path without {@code /webapi/}, e.g. {@code student/diary}. */
  public String path() {
    String path = URI.create(request.getUrl()).getRawPath().toLowerCase(Locale.ROOT);
    path = path.startsWith("/webapi/") ? path.substring("/webapi/".length()) : path;
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The last path segment, e.g. the id in {@code files/{id}}. */
  public String lastSegment() {
    String path = path();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The segment before {@code name} in {@code reports/{name}/queue}. */
  public String segment(int index) {
    String[] parts = path().split("/");
    return index < parts.length ? parts[index] : "";
  }

  public Optional<String> query(String name) {
    if (query == null) {
      query = parse(URI.create(request.getUrl()).getRawQuery());
    }
    return Optional.ofNullable(query.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isEmpty());
  }

  public Optional<String> form(String name) {
    if (form == null) {
      form = parse(request.getBodyAsString());
    }
    return Optional.ofNullable(form.get(name.toLowerCase(Locale.ROOT)));
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(request.getHeader(name)).filter(v -> !v.isEmpty());
  }

  public Optional<String> cookie(String name) {
    var cookie = request.getCookies().get(name);
    return cookie == null ? Optional.empty() : Optional.ofNullable(cookie.getValue());
  }

  public JsonNode json() {
    try {
      byte[] body = request.getBody();
      return body == null || body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new BadRequest("Тело запроса не является JSON");
    }
  }

  public Optional<Integer> intQuery(String name) {
    return query(name).map(v -> parseInt(name, v));
  }

  static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadRequest("Неверное значение параметра " + name);
    }
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> values = new TreeMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
    }
    return values;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("bad url encoding", e));
    }
  }
}
