package ru.netcity.gateway.security;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One person who signs in to the gateway.
 *
 * @param displayName the full name the register prints as «учитель» or «кто принял решение»
 * @param classes the class names a teacher is bound to; empty for the roles that see all
 * @param lockedUntil UTC; null or past = not locked
 * @param email where the scheduled reports go; null = none
 */
public record Account(
    String login,
    Role role,
    String displayName,
    List<String> classes,
    boolean enabled,
    int failedAttempts,
    LocalDateTime lockedUntil,
    String email) {

  public Account {
    classes = List.copyOf(classes);
  }

  /** Whether the account may see (and, for a teacher, file for) that class. */
  public boolean mayRead(String className) {
    return role.seesAllClasses()
        || (className != null
            && classes.stream().anyMatch(c -> c.equalsIgnoreCase(className.strip())));
  }
}
