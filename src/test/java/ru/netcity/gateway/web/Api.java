package ru.netcity.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.netcity.gateway.security.AccountException;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/** A real HTTP client on the running service, signing in with HTTP Basic (or anonymous). */
final class Api {
  static final String PASSWORD = "пароль-для-тестов";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;

  Api(int port) {
    this.port = port;
  }

  /** Adds the account with {@link #PASSWORD} unless an earlier test of the context did. */
  static void account(Accounts accounts, String login, Role role, String name, String... classes) {
    try {
      accounts.add(login, role, name, java.util.List.of(classes), PASSWORD);
    } catch (AccountException e) {
      accounts.passwd(login, PASSWORD); // exists: same password, no lock-out left over
    }
  }

  /**
   * A browser session signed in through the Russian login form: it keeps its cookies, follows no
   * redirect, and posts forms with {@link #form}.
   */
  HttpClient signIn(String login) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String token = csrf(browser.send(page("/login"), HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> signedIn =
        browser.send(
            form("/login", "username=" + enc(login) + "&password=" + enc(PASSWORD), token),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/reports");
    return browser;
  }

  /** A page's GET for a signed-in browser. */
  HttpRequest page(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  /** A form's POST with its URL-encoded fields and the CSRF token. */
  HttpRequest form(String path, String fields, String token) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + enc(token)))
        .build();
  }

  HttpResponse<String> get(String login, String path) throws Exception {
    return send(login, HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String login, String path, String json) throws Exception {
    return send(
        login,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> send(String login, HttpRequest.Builder request) throws Exception {
    if (login != null) {
      request.header("Authorization", basic(login, PASSWORD));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The CSRF token a server-rendered form of {@code page} carries. */
  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  /** A form field's value, URL-encoded. */
  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
  }
}
