package ru.netcity.gateway.netcity.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code POST login} (netcity-api.md §5.1).
 *
 * @param timeOut idle lifetime of the session in milliseconds
 * @param entryPoint "/asp/SecurityWarning.asp" when other sessions live, "…choose-session-role…"
 *     when the account must pick a role
 */
public record LoginAnswer(
    String at, Long timeOut, String entryPoint, JsonNode requestData, AccountInfo accountInfo) {
  public boolean securityWarning() {
    return entryPoint != null && entryPoint.contains("SecurityWarning");
  }

  public boolean mustChooseRole() {
    return entryPoint != null && entryPoint.contains("choose-session-role");
  }

  public record AccountInfo(List<UserRole> userRoles) {
    public AccountInfo {
      userRoles = userRoles == null ? List.of() : userRoles;
    }
  }

  public record UserRole(int userId, int schoolId, Role role) {}

  public record Role(int id, String name) {}
}
