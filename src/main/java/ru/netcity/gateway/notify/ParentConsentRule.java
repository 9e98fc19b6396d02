package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import ru.netcity.gateway.audit.AuditContext;
import ru.netcity.gateway.audit.FindingSink;
import ru.netcity.gateway.audit.JournalEntry;
import ru.netcity.gateway.audit.Rule;
import ru.netcity.gateway.audit.Severity;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Regulation 4.4: «Для использования электронной системы информирования каждый родитель или
 * законный представитель дает письменное согласие на обработку персональных данных обучающегося». A
 * parent whom the register marks with diary access but who has no written consent in force on the
 * audited day (none on file, or revoked) is a warning: the gap may lie in the paper files the class
 * teacher has not imported yet, so it is no verdict against anyone.
 *
 * <p>Diary access comes from the import's column «Доступ к дневнику»: the AIS API the gateway reads
 * shows no school-wide list of parents (README "Parents and consent"). Only pupils on the newest
 * roster are judged; an empty register finds nothing.
 */
public final class ParentConsentRule implements Rule {
  public static final String CODE = "PARENT_CONSENT";

  private final Supplier<List<ParentLink>> register;

  public ParentConsentRule(Supplier<List<ParentLink>> register) {
    this.register = register;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "4.4";
  }

  @Override
  public Set<EntryKind> reads() {
    return Set.of();
  }

  @Override
  public void accept(JournalEntry entry, AuditContext context, FindingSink out) {}

  @Override
  public void finish(AuditContext context, FindingSink out) {
    LocalDate day = context.asOf().toLocalDate();
    Optional<RuleSet> set = context.ruleSets().inForce(day);
    if (set.isEmpty()) {
      return;
    }
    Map<Integer, Integer> classOf = new HashMap<>();
    context.roster().forEach((classId, students) -> students.forEach(s -> classOf.put(s, classId)));
    for (ParentLink link : register.get()) {
      Integer classId = classOf.get(link.studentId());
      if (link.schoolId() != context.schoolId()
          || !link.diaryAccess()
          || classId == null
          || link.consents().values().stream().anyMatch(c -> c.inForce(day))) {
        continue;
      }
      Optional<LocalDate> revoked =
          link.consents().values().stream()
              .map(ParentLink.Consent::revokedOn)
              .filter(r -> r != null)
              .max(LocalDate::compareTo);
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("parent", link.parentId());
      evidence.put("diaryAccess", true);
      evidence.put("consentsOnFile", link.consents().size());
      revoked.ifPresent(r -> evidence.put("revokedOn", r.toString()));
      evidence.put("auditedDay", day.toString());
      out.add(
          this,
          set.get(),
          Severity.WARNING,
          classId,
          null,
          link.studentId(),
          day,
          evidence,
          ("У родителя №%d (реестр родителей) есть доступ к электронному дневнику, но %s"
                  + " (п. 4.4 Положения).")
              .formatted(
                  link.parentId(),
                  revoked
                      .map(
                          r ->
                              "его письменное согласие на обработку персональных данных отозвано "
                                  + RowChecks.day(r))
                      .orElse(
                          "письменного согласия на обработку персональных данных в реестре нет")));
    }
  }
}
