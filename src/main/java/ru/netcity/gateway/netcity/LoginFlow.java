package ru.netcity.gateway.netcity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.netcity.NetCityHttp.Answer;
import ru.netcity.gateway.netcity.NetCityHttp.Safety;
import ru.netcity.gateway.netcity.dto.AuthData;
import ru.netcity.gateway.netcity.dto.LoginAnswer;
import ru.netcity.gateway.netcity.dto.SchoolRef;

/**
 * The password login of netcity-api.md §1.2: {@code logindata} (cookie) → {@code auth/getdata}
 * ({@code lt, ver, salt}) → {@code login} form → {@code at}.
 *
 * <p>Failed logins lock the account (the deputy director's), so a session never storms: a refusal
 * (409 bad credentials or the lock-out text, 429, another 4xx) or a timeout is final at once, and a
 * failure that may pass (5xx, garbled answer) gets another whole flow, since each needs a fresh
 * challenge, up to {@link #MAX_FAILED_LOGINS} in a row; a login that succeeds starts the count
 * again, so the transient errors of a long run's re-logins do not add up. After a final failure
 * every later login of the session, such as the re-login after an expired session, fails with the
 * same error without contacting the AIS.
 */
final class LoginFlow {
  private static final Logger LOG = LoggerFactory.getLogger(LoginFlow.class);
  static final String RATE_LIMIT_TEXT = "Следующая попытка";

  private final NetCityHttp http;
  private final NetCityConnection connection;

  /** Failed login flows in a row (5xx or garbled answers) that end the session's logins. */
  static final int MAX_FAILED_LOGINS = 3;

  private final ObjectMapper json;
  private Integer schoolId;
  private String ver;
  private int failed;
  private volatile NetCityException refusal;

  LoginFlow(NetCityHttp http, NetCityConnection connection, ObjectMapper json) {
    this.http = http;
    this.connection = connection;
    this.json = json;
  }

  /** Throws the error that ended the session's logins, if one did: nothing more is sent. */
  void checkNotRefused() {
    NetCityException ended = refusal;
    if (ended != null) {
      throw ended;
    }
  }

  /** Ends the session's logins with this error (e.g. a 401 right after a new login). */
  void refuse(NetCityException error) {
    refusal = error;
  }

  int schoolId() {
    return schoolId;
  }

  /** Logs in and installs the new token; returns the login answer. */
  synchronized LoginAnswer login() {
    for (; ; ) {
      checkNotRefused();
      try {
        LoginAnswer answer = attempt(Optional.empty());
        if (answer.mustChooseRole()) {
          logout();
          answer = attempt(staffRole(answer));
        }
        if (answer.securityWarning()) {
          LOG.warn(
              "AIS reports other live sessions of account '{}'; continuing", connection.login());
        }
        http.token(answer.at());
        failed = 0;
        return answer;
      } catch (NetCityException.CircuitOpen e) {
        throw e; // nothing was sent
      } catch (NetCityException e) {
        if (!mayPass(e) || ++failed >= MAX_FAILED_LOGINS) {
          throw refused(e);
        }
        LOG.warn(
            "login of account '{}' failed ({}); trying again", connection.login(), e.getMessage());
      }
    }
  }

  /**
   * A 5xx or a garbled answer. A timeout is not: its calls were already repeated within their
   * budget, and a second flow would double the wait.
   */
  private static boolean mayPass(NetCityException e) {
    return e instanceof NetCityException.ServerError || e instanceof NetCityException.Malformed;
  }

  private NetCityException refused(NetCityException e) {
    LOG.error(
        "no more logins of account '{}' in this session, so that it is not locked: {}",
        connection.login(),
        e.getMessage());
    refusal = e;
    return e;
  }

  /** Ends the session; a 401 means it already ended. */
  void logout() {
    if (http.token() == null) {
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("at", http.token());
    form.put("ver", ver == null ? "" : ver);
    Answer answer = http.postForm("auth/logout", form, Safety.ONCE);
    http.token(null);
    if (answer.status() >= 400 && answer.status() != 401) {
      LOG.warn("logout of account '{}' answered HTTP {}", connection.login(), answer.status());
    }
  }

  /**
   * One pass of the login. The old token stays installed meanwhile: other threads keep using it
   * and, when it is gone, wait in {@code NetCityClient.relogin} for the new one.
   */
  private LoginAnswer attempt(Optional<Integer> roleGroup) {
    expect(http.get("logindata"), "logindata");
    AuthData auth =
        read(
            expect(http.postJson("auth/getdata", "", Safety.SAFE, http.attempts()), "auth/getdata"),
            AuthData.class);
    if (!auth.complete()) {
      throw new NetCityException(
          "AIS returned no login challenge (lt, ver, salt): password login may be disabled");
    }
    ver = auth.ver();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginType", "1");
    form.put("scid", Integer.toString(resolveSchool()));
    form.put("un", connection.login());
    form.put("pw", PasswordHasher.pw(auth.salt(), connection.password()));
    form.put("pw2", PasswordHasher.pw2(auth.salt(), connection.password()));
    form.put("lt", auth.lt());
    form.put("ver", auth.ver());
    roleGroup.ifPresent(id -> form.put("rolegroup", Integer.toString(id)));
    Answer answer = http.postForm("login", form, Safety.SINGLE);
    if (answer.status() == 409) {
      String message = serverMessage(answer);
      throw message.contains(RATE_LIMIT_TEXT)
          ? new NetCityException.RateLimited(connection.login(), message)
          : new NetCityException.BadCredentials(connection.login(), message);
    }
    LoginAnswer login = read(expect(answer, "login"), LoginAnswer.class);
    if (login.at() == null || login.at().isEmpty()) {
      throw new NetCityException.BadCredentials(connection.login(), serverMessage(answer));
    }
    return login;
  }

  private int resolveSchool() {
    if (schoolId != null) {
      return schoolId;
    }
    String school = connection.school().trim();
    if (school.chars().allMatch(Character::isDigit)) {
      return schoolId = Integer.parseInt(school);
    }
    Answer found =
        expect(
            http.get("schools/search?name=" + URLEncoder.encode(school, StandardCharsets.UTF_8)),
            "schools/search");
    SchoolRef[] schools = read(found, SchoolRef[].class);
    return schoolId =
        Arrays.stream(schools)
            .filter(s -> s.isNamed(school))
            .findFirst()
            .or(() -> schools.length == 1 ? Optional.of(schools[0]) : Optional.empty())
            .orElseThrow(() -> new NetCityException("AIS knows no school named '" + school + "'"))
            .id();
  }

  /** A staff account that is also a parent picks its staff role (not «Родитель»). */
  private static Optional<Integer> staffRole(LoginAnswer answer) {
    return answer.accountInfo() == null
        ? Optional.empty()
        : answer.accountInfo().userRoles().stream()
            .map(LoginAnswer.UserRole::role)
            .filter(r -> r != null && !r.name().contains("Родитель"))
            .map(LoginAnswer.Role::id)
            .findFirst();
  }

  private Answer expect(Answer answer, String call) {
    if (answer.status() >= 500) {
      throw new NetCityException.ServerError(call, answer.status());
    }
    if (answer.status() >= 400) {
      throw new NetCityException.Refused(call, answer.status());
    }
    return answer;
  }

  private <T> T read(Answer answer, Class<T> type) {
    if (answer.isHtml()) {
      throw new NetCityException.Malformed(answer.call(), "an HTML page instead of JSON");
    }
    try {
      return json.readValue(answer.body(), type);
    } catch (IOException e) {
      throw new NetCityException.Malformed(answer.call(), "JSON that does not parse");
    }
  }

  private String serverMessage(Answer answer) {
    try {
      return Optional.ofNullable(json.readTree(answer.body()).path("message").asText(null))
          .orElse("HTTP " + answer.status());
    } catch (IOException e) {
      return "HTTP " + answer.status();
    }
  }
}
