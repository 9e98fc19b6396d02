package ru.netcity.gateway.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * The sync's data-quality issues of the newest run (codes the value tables do not know, report rows
 * that match no single student) as сведения: what they describe is missing from the other rules.
 */
final class DataQuality implements Rule {
  static final String CODE = "DATA_QUALITY";

  @Override
  public String code() {
    return CODE;
  }

  /** Clause 1.1 names the procedures that keep the journal's data reliable. */
  @Override
  public String clause() {
    return "1.1";
  }

  @Override
  public Set<EntryKind> reads() {
    return Set.of();
  }

  @Override
  public void accept(JournalEntry entry, AuditContext context, FindingSink out) {}

  void report(List<LedgerReader.Issue> issues, AuditContext context, FindingSink out) {
    RuleSet set = context.ruleSets().inForce(context.asOf().toLocalDate()).orElse(null);
    if (set == null || !set.rules().dataQuality().enabled()) {
      return;
    }
    for (LedgerReader.Issue issue : issues) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("table", issue.table());
      evidence.put("code", issue.code());
      evidence.put("what", issue.what());
      out.add(
          this,
          set,
          Severity.INFO,
          issue.classId(),
          null,
          null,
          null,
          evidence,
          ("Данные АИС не удалось сопоставить (таблица «%s», значение «%s»): эти записи не"
                  + " учтены в проверках, нужна правка таблиц соответствия или журнала.")
              .formatted(issue.table(), issue.code()));
    }
  }
}
