package ru.netcity.mock.api;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.mock.auth.Session;
import ru.netcity.mock.school.Account;
import ru.netcity.mock.school.School;

/** The body of a successful {@code POST login} (netcity-api.md §5.1). */
final class LoginAnswer {
  private LoginAnswer() {}

  /**
   * @param otherTokens live sessions of the same account: the answer then points to the
   *     SecurityWarning page with their tokens, as the AIS does (§1.3); the new token works anyway
   */
  static Map<String, Object> of(Session session, List<String> otherTokens, School school) {
    Account account = session.account();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("at", session.at());
    body.put("code", null);
    body.put("timeOut", session.timeoutMillis());
    body.put("accessToken", "mock." + session.at());
    body.put("refreshToken", "mock.refresh." + session.at());
    body.put("tokenType", "Bearer");
    if (otherTokens.isEmpty()) {
      body.put("entryPoint", account.staff() ? "/app/school/main" : "/app/school/studentdiary/");
      body.put("requestData", null);
    } else {
      body.put("entryPoint", "/asp/SecurityWarning.asp");
      body.put(
          "requestData", Map.of("warnType", "1", "atlist", String.join("\u0001", otherTokens)));
    }
    body.put("errorMessage", null);
    body.put("accountInfo", accountInfo(session, account, school));
    return body;
  }

  private static Map<String, Object> accountInfo(Session session, Account account, School school) {
    Map<String, Object> organization = Map.of("id", school.id(), "name", school.shortName());
    Map<String, Object> role =
        account.staff() ? Map.of("id", 5, "name", "Завуч") : Map.of("id", 2, "name", "Родитель");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("activeToken", null);
    info.put("secureActiveToken", null);
    info.put("currentOrganization", organization);
    info.put("user", Map.of("id", account.userId(), "name", account.displayName()));
    info.put(
        "userRoles",
        List.of(Map.of("userId", account.userId(), "schoolId", school.id(), "role", role)));
    info.put("organizations", List.of(organization));
    info.put(
        "loginTime",
        LocalDateTime.ofInstant(session.loginTime(), School.ZONE).withNano(0).toString());
    info.put("active", true);
    info.put("canLogin", true);
    info.put("storeTokens", true);
    info.put("accessToken", "mock." + session.at());
    return info;
  }
}
