package ru.netcity.gateway.audit;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.ExemptionParameters;
import ru.netcity.gateway.audit.ruleset.ExemptionParameters.Mode;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 2.3.2: a student who missed lessons for a valid reason is exempt from mark sufficiency,
 * above a share of the term's lessons (threshold) or in proportion to it (proportional). An exempt
 * student short of marks is reported as сведения instead of a violation.
 */
final class SufficiencyExempt implements Rule {
  static final String CODE = "SUFFICIENCY_EXEMPT";

  private final Map<StudentTermKey, Integer> validAbsences = new HashMap<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "2.3.2";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.ABSENCE);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    Term term = context.terms().of(e.classId(), e.lessonDate()).orElse(null);
    RuleSet set = context.rules(e.classId(), e.lessonDate()).orElse(null);
    if (term == null || set == null || e.studentId() == null) {
      return;
    }
    if (set.rules().exemption().validCodes().contains(e.value())) {
      validAbsences.merge(new StudentTermKey(e.studentId(), e.subject(), term), 1, Integer::sum);
    }
  }

  /** Drops the counts once the class they belong to was judged ({@link MarkSufficiency}). */
  void clear() {
    validAbsences.clear();
  }

  int validAbsences(StudentTermKey key) {
    return validAbsences.getOrDefault(key, 0);
  }

  /**
   * The number of marks still required of the student; reports the exemption when the student has
   * fewer marks than the regular minimum.
   */
  int required(
      StudentTermKey key,
      int classId,
      int count,
      int min,
      int lessons,
      RuleSet set,
      Map<String, Object> facts,
      FindingSink out) {
    ExemptionParameters p = set.rules().exemption();
    int valid = validAbsences(key);
    double share = lessons == 0 ? 0 : (double) valid / lessons;
    int required;
    if (p.mode() == Mode.THRESHOLD) {
      required = share >= p.validAbsenceShare() ? 0 : min;
    } else {
      required = (int) Math.ceil(min * (1 - share));
    }
    if (required < min && count < min) {
      Map<String, Object> evidence = new LinkedHashMap<>(facts);
      evidence.put("validAbsenceShare", Math.round(share * 1000) / 1000.0);
      evidence.put("mode", p.mode().name());
      evidence.put("threshold", p.validAbsenceShare());
      evidence.put("required", required);
      out.add(
          this,
          set,
          Severity.INFO,
          classId,
          key.subject(),
          key.studentId(),
          key.term().end(),
          evidence,
          ("Ученик пропустил по уважительной причине %d из %d уроков по предмету «%s» за период"
                  + " «%s»; отметок %d при минимуме %d — накопляемость не учитывается (п. 2.3.2).")
              .formatted(valid, lessons, key.subject(), key.term().name(), count, min));
    }
    return required;
  }
}
