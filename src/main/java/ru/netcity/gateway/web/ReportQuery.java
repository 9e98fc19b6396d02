package ru.netcity.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.netcity.gateway.audit.Severity;
import ru.netcity.gateway.report.ReportFilter;
import ru.netcity.gateway.report.RuleTexts;
import ru.netcity.gateway.report.Viewer;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;

/**
 * The report filters of a request, checked, and who is asking: a class teacher asking another
 * class, or a teacher another teacher, is refused (403); what they see is narrowed to their own.
 */
final class ReportQuery {
  private static final Set<String> KEYS =
      Set.of("term", "from", "to", "class", "teacher", "subject", "rule", "severity");
  private static final Set<String> RULES =
      RuleTexts.all().stream().map(RuleTexts.RuleText::code).collect(Collectors.toSet());
  private static final int MAX = 300;

  private ReportQuery() {}

  static ReportFilter filter(Map<String, String> request) {
    Map<String, String> p = new LinkedHashMap<>();
    for (String key : KEYS) {
      String value = request.get(key);
      if (value != null && !value.isBlank()) {
        if (value.length() > MAX) {
          throw Refused.badRequest("Значение фильтра «" + key + "» длиннее " + MAX + " символов.");
        }
        p.put(key, value.strip());
      }
    }
    for (String key : new String[] {"from", "to"}) {
      if (p.containsKey(key)) {
        try {
          LocalDate.parse(p.get(key));
        } catch (DateTimeParseException e) {
          throw Refused.badRequest("Дата «" + key + "» пишется как ГГГГ-ММ-ДД.");
        }
      }
    }
    if (p.containsKey("rule") && !RULES.contains(p.get("rule"))) {
      throw Refused.badRequest(
          "Неизвестное правило (rule); правила: "
              + String.join(", ", RULES.stream().sorted().toList()));
    }
    if (p.containsKey("severity")) {
      try {
        Severity.valueOf(p.get("severity"));
      } catch (IllegalArgumentException e) {
        throw Refused.badRequest("Серьёзность (severity) — VIOLATION, WARNING или INFO.");
      }
    }
    ReportFilter filter = ReportFilter.of(p);
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw Refused.badRequest("Начало периода (from) позже его конца (to).");
    }
    return filter;
  }

  /** The viewer of the account, refusing a filter outside what the account may see. */
  static Viewer viewer(Account account, ReportFilter filter) {
    if (account.role().seesAllClasses()) {
      return Viewer.everything();
    }
    if (account.role() == Role.TEACHER) {
      if (filter.teacher() != null
          && !filter
              .teacher()
              .replaceAll("\\s+", " ")
              .equals(account.displayName().strip().replaceAll("\\s+", " "))) {
        throw Refused.forbidden("Учителю видны только его собственные уроки и замечания.");
      }
      return Viewer.ofTeacher(account.displayName());
    }
    if (filter.className() != null && !account.mayRead(filter.className())) {
      throw Refused.forbidden(
          "Отчёт по классу " + filter.className() + " вам не виден: это не ваш класс.");
    }
    return Viewer.ofClasses(account.classes());
  }
}
