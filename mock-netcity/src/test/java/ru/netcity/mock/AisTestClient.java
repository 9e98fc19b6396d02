package ru.netcity.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A bare AIS client for the mock's tests, written from netcity-api.md and independent of the mock's
 * own code: cookie jar, {@code Referer}, {@code at} header, the cp1251 md5 password scheme.
 */
final class AisTestClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String origin;
  private final HttpClient http;
  private String at;

  AisTestClient(String origin) {
    this.origin = origin;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  String at() {
    return at;
  }

  void useToken(String token) {
    this.at = token;
  }

  /** The whole password login of netcity-api.md §1.2; returns the login answer. */
  HttpResponse<String> login(String login, String password, int schoolId) {
    get("/webapi/logindata");
    JsonNode data = json(post("/webapi/auth/getdata", ""));
    String salt = data.get("salt").asText();
    String pw2 =
        md5(salt + md5(password, Charset.forName("windows-1251")), StandardCharsets.US_ASCII);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginType", "1");
    form.put("scid", Integer.toString(schoolId));
    form.put("un", login);
    form.put("pw", pw2.substring(0, password.length()));
    form.put("pw2", pw2);
    form.put("lt", data.get("lt").asText());
    form.put("ver", data.get("ver").asText());
    HttpResponse<String> answer = postForm("/webapi/login", form);
    if (answer.statusCode() == 200) {
      at = json(answer).get("at").asText();
    }
    return answer;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  static String md5(String text, Charset charset) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(charset));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(origin + path))
            .timeout(Duration.ofSeconds(30))
            .header("Referer", origin + "/");
    if (at != null) {
      builder.header("at", at);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
