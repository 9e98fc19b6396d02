package ru.netcity.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.netcity.mock.auth.PasswordHash;
import ru.netcity.mock.auth.Session;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.school.Account;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolHost;
import ru.netcity.mock.server.BadRequest;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;
import ru.netcity.mock.server.RequestStats;

/** {@code logindata}, {@code auth/getdata}, {@code login}, {@code auth/logout} and friends. */
final class AuthEndpoints {
  static final String COOKIE = "NSSESSIONID";
  static final String BAD_CREDENTIALS = "Неправильный пароль или имя пользователя";
  static final String RATE_LIMIT =
      "Следующая попытка может быть совершена не ранее чем через %d сек.";

  private final SchoolHost host;
  private final Sessions sessions;
  private final String version;
  private final RequestStats stats;

  AuthEndpoints(SchoolHost host, Sessions sessions, String version, RequestStats stats) {
    this.host = host;
    this.sessions = sessions;
    this.version = version;
    this.stats = stats;
  }

  ResponseDefinitionBuilder loginData(Call call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("productName", "Сетевой город. Образование");
    body.put("version", version);
    body.put("schoolLogin", true);
    body.put("emLogin", false);
    body.put("esiaLogin", false);
    body.put("esiaLoginPage", null);
    body.put("esiaMainAuth", false);
    body.put("esiaButton", false);
    body.put("signatureLogin", false);
    body.put("cacheVer", 0);
    body.put("windowsAuth", false);
    body.put("enableSms", false);
    body.put("esaLogin", false);
    body.put("esaLoginPage", null);
    String cookie = call.cookie(COOKIE).orElseGet(sessions::newCookie);
    return Reply.json(body).withHeader("Set-Cookie", COOKIE + "=" + cookie + "; path=/; HttpOnly");
  }

  ResponseDefinitionBuilder getData(Call call) {
    String cookie = call.cookie(COOKIE).orElse(null);
    if (cookie == null) {
      return Reply.message(409, "Сессия не найдена. Обновите страницу входа.");
    }
    var challenge = sessions.challenge(cookie);
    return Reply.json(
        Map.of("lt", challenge.lt(), "ver", challenge.ver(), "salt", challenge.salt()));
  }

  /** Every school of the host whose name or short name holds {@code name}, in host order. */
  ResponseDefinitionBuilder schoolsSearch(Call call) {
    String name =
        call.query("name")
            .orElseThrow(() -> new BadRequest(403, "Доступ запрещён"))
            .toLowerCase(Locale.ROOT);
    return Reply.json(
        host.listings().stream()
            .filter(
                s ->
                    s.name().toLowerCase(Locale.ROOT).contains(name)
                        || s.shortName().toLowerCase(Locale.ROOT).contains(name))
            .map(AuthEndpoints::schoolCard)
            .toList());
  }

  ResponseDefinitionBuilder prepareLoginForm(Call call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("countries", List.of(Map.of("id", 2, "name", "Российская Федерация")));
    body.put("cid", 2);
    body.put("states", List.of(Map.of("id", 70, "name", "Томская обл")));
    body.put("sid", 70);
    body.put("provinces", List.of(Map.of("kladr", "7000000000000", "id", -1, "name", "Томск")));
    body.put("pid", -1);
    body.put("cities", List.of(Map.of("atoTypeName", "г.", "id", 3, "name", "Томск")));
    body.put("cn", 3);
    body.put("funcs", List.of(Map.of("id", 2, "name", "Общеобразовательная")));
    body.put("sft", 2);
    body.put(
        "schools",
        host.listings().stream().map(s -> Map.of("id", s.id(), "name", s.shortName())).toList());
    body.put("scid", host.listings().get(0).id());
    body.put("hlevels", null);
    body.put("ems", null);
    return Reply.json(body);
  }

  ResponseDefinitionBuilder login(Call call) {
    var challenge = sessions.takeChallenge(call.cookie(COOKIE).orElse(null));
    if (challenge.isEmpty()) {
      return Reply.message(409, "Сессия входа устарела. Обновите страницу входа.");
    }
    String login = call.form("un").orElse("");
    Optional<SchoolHost.Listing> target = school(call);
    target.ifPresent(s -> stats.school(s.id()));
    String limitKey = Sessions.limitKey(target.map(SchoolHost.Listing::id).orElse(0), login);
    Optional<Duration> locked = sessions.lockedFor(limitKey);
    if (locked.isPresent()) {
      return Reply.message(409, RATE_LIMIT.formatted(Math.max(1, locked.get().toSeconds())));
    }
    Optional<School> school = target.flatMap(s -> host.school(s.id()));
    Optional<Account> account =
        school
            .flatMap(s -> s.account(login))
            .filter(a -> passwordMatches(call, a, challenge.get()));
    if (account.isEmpty() || !challenge.get().lt().equals(call.form("lt").orElse(""))) {
      sessions.failed(limitKey);
      return Reply.message(409, BAD_CREDENTIALS);
    }
    List<String> others = sessions.liveTokensOf(account.get());
    Session session = sessions.open(account.get(), school.get().id());
    return Reply.json(LoginAnswer.of(session, others, school.get()));
  }

  /**
   * The school the login form names ({@code scid}); without one, the host's only school (a form
   * without {@code scid} names no school on a host of several: refused as bad credentials).
   */
  private Optional<SchoolHost.Listing> school(Call call) {
    Optional<String> scid = call.form("scid");
    if (scid.isEmpty()) {
      return host.size() == 1 ? Optional.of(host.listings().get(0)) : Optional.empty();
    }
    try {
      return host.listing(Integer.parseInt(scid.get().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  ResponseDefinitionBuilder logout(Call call) {
    sessions.end(call.session());
    return Reply.status(200);
  }

  ResponseDefinitionBuilder expired(Call call) {
    return Reply.json(!sessions.alive(call.query("token").orElse(null)));
  }

  private static boolean passwordMatches(Call call, Account account, Sessions.Challenge challenge) {
    String pw2 = PasswordHash.pw2(challenge.salt(), account.password());
    boolean pw2Ok = call.form("pw2").map(pw2::equalsIgnoreCase).orElse(false);
    boolean pwOk =
        call.form("pw")
            .map(pw -> pw.equalsIgnoreCase(PasswordHash.pw(challenge.salt(), account.password())))
            .orElse(true);
    return pw2Ok && pwOk;
  }

  /** A {@code schools/search} row as CZ's fixture shows it (netcity-api.md §5.4). */
  static Map<String, Object> schoolCard(SchoolHost.Listing school) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("id", school.id());
    card.put("name", school.shortName() + " (г. Томск) ");
    card.put("shortName", school.shortName());
    card.put("inn", "7017000000");
    card.put("ogrn", "1027000000000");
    card.put("address", "г. Томск");
    card.put("provinceId", 0);
    card.put("cityId", 3);
    return card;
  }
}
