package ru.netcity.gateway.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.audit.FindingsWriter;
import ru.netcity.gateway.audit.Rule;
import ru.netcity.gateway.audit.Rules;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;

/**
 * The newest audit's findings, read-only, as the {@code findings} command prints them as JSON: the
 * administrator and the deputy director see every class, a teacher only the classes bound to the
 * account (a request for another class answers 403). It never audits: {@code audit} or the schedule
 * does.
 */
@RestController
public class FindingsController {
  private static final Logger LOG = LoggerFactory.getLogger(FindingsController.class);
  private static final Set<String> RULES =
      Rules.all().stream().map(Rule::code).collect(Collectors.toUnmodifiableSet());
  private static final int MAX_CLASS_NAME = 20;
  private static final int MAX_TEACHER_NAME = 300;

  private final AuditService audits;
  private final StudentNames names;
  private final Accounts accounts;

  public FindingsController(AuditService audits, StudentNames names, Accounts accounts) {
    this.audits = audits;
    this.names = names;
    this.accounts = accounts;
  }

  @GetMapping("/api/findings")
  public Map<String, Object> findings(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String rule,
      @RequestParam(name = "class", required = false) String className,
      @RequestParam(required = false) String teacher,
      Principal principal) {
    Account account = accounts.signedIn(principal);
    if (rule != null && !RULES.contains(rule)) {
      throw Refused.badRequest(
          "Неизвестное правило (rule); правила: "
              + String.join(", ", RULES.stream().sorted().toList()));
    }
    if (className != null && (className.isBlank() || className.length() > MAX_CLASS_NAME)) {
      throw Refused.badRequest("Класс пишется как 7А, не длиннее " + MAX_CLASS_NAME + " символов.");
    }
    if (className != null && !account.mayRead(className)) {
      throw Refused.forbidden(
          "Нарушения класса " + className.strip() + " вам не видны: это не ваш класс.");
    }
    if (teacher != null && (teacher.isBlank() || teacher.length() > MAX_TEACHER_NAME)) {
      throw Refused.badRequest(
          "Учитель пишется как «Иванова М. П.», не длиннее " + MAX_TEACHER_NAME + " символов.");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw Refused.badRequest("Начало периода (from) позже его конца (to).");
    }
    AuditRun run =
        audits
            .latest()
            .orElseThrow(() -> Refused.notFound("Аудит ещё не проводился: запустите audit."));
    List<Finding> findings =
        audits
            .findings(
                run, new FindingFilter(from, to, rule, stripped(className), stripped(teacher)))
            .stream()
            .filter(f -> account.mayRead(f.className()))
            .toList();
    return FindingsWriter.document(run, findings, studentNames(findings));
  }

  private Map<Integer, String> studentNames(List<Finding> findings) {
    try {
      return names.names(FindingsWriter.students(findings));
    } catch (RuntimeException e) {
      LOG.warn("student names unavailable, findings show ids only: {}", e.getMessage());
      return Map.of();
    }
  }

  private static String stripped(String text) {
    return text == null ? null : text.strip();
  }
}
