package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.audit.ruleset.ObjectivityParameters;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.domain.EntryKind;

/**
 * Clause 3.3.3: a term mark further than a rule-set parameter from the pupil's average of his
 * current marks of the subject in the term (in the class that gave it) is a warning. The diary
 * shows every assignment's weight as 0 (the AIS's weighting off, netcity-api.md §2.1), which
 * averaging clients read as 1: so every mark weighs the same. Dots are no marks. Year marks are set
 * from the term marks, not from current marks, and are not compared.
 */
final class FinalMarkObjectivity implements Rule {
  static final String CODE = "FINAL_MARK_OBJECTIVITY";

  private record Key(int classId, int studentId, String subject, LocalDate termStart) {}

  /** Sum and count of the current marks per class, student, subject and term. */
  private final Map<Key, int[]> marks = new HashMap<>();

  /** A term mark as the rule keeps it (a year's term marks, without their keys and texts). */
  private record TermMark(
      int classId, int studentId, String subject, LocalDate end, String term, int mark) {}

  private final List<TermMark> termMarks = new ArrayList<>();

  /** One copy of each subject name for the keys (every entry brings its own). */
  private final Map<String, String> subjects = new HashMap<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String clause() {
    return "3.3.3";
  }

  @Override
  public Set<EntryKind> reads() {
    return EnumSet.of(EntryKind.MARK, EntryKind.TERM_MARK);
  }

  @Override
  public void accept(JournalEntry e, AuditContext context, FindingSink out) {
    Integer value = value(e.value());
    if (value == null || e.studentId() == null || e.lessonDate() == null) {
      return;
    }
    if (e.kind() == EntryKind.TERM_MARK) {
      String term = e.key().substring(e.key().lastIndexOf(':') + 1);
      termMarks.add(
          new TermMark(
              e.classId(),
              e.studentId(),
              subjects.computeIfAbsent(e.subject(), x -> x),
              e.lessonDate(),
              subjects.computeIfAbsent(term, x -> x),
              value));
      return;
    }
    context
        .terms()
        .of(e.classId(), e.lessonDate())
        .ifPresent(
            t -> {
              int[] cell =
                  marks.computeIfAbsent(
                      new Key(
                          e.classId(),
                          e.studentId(),
                          subjects.computeIfAbsent(e.subject(), x -> x),
                          t.start()),
                      k -> new int[2]);
              cell[0] += value;
              cell[1]++;
            });
  }

  /** A class's marks and term marks are all in once its entries were read: judged and dropped. */
  @Override
  public void classDone(int classId, AuditContext context, FindingSink out) {
    finish(context, out);
  }

  @Override
  public void finish(AuditContext context, FindingSink out) {
    judge(context, out);
    termMarks.clear();
    marks.clear();
  }

  private void judge(AuditContext context, FindingSink out) {
    for (TermMark e : termMarks) {
      Term term =
          context
              .terms()
              .ending(e.classId(), e.end())
              .filter(t -> t.name().equals(e.term()))
              .orElse(null);
      RuleSet set = term == null ? null : context.rules(e.classId(), term.start()).orElse(null);
      if (set == null) {
        continue;
      }
      ObjectivityParameters p = set.rules().objectivity();
      int[] cell = marks.get(new Key(e.classId(), e.studentId(), e.subject(), term.start()));
      if (cell == null || cell[1] < p.minMarks()) {
        continue;
      }
      int mark = e.mark();
      double average = (double) cell[0] / cell[1];
      // |mark - sum/count| > max, compared without dividing
      if (Math.abs((double) mark * cell[1] - cell[0]) <= p.maxDeviation() * cell[1]) {
        continue;
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("term", term.name());
      evidence.put("termMark", mark);
      evidence.put("average", Math.round(average * 100) / 100.0);
      evidence.put("marks", cell[1]);
      evidence.put("maxDeviation", p.maxDeviation());
      out.add(
          this,
          set,
          Severity.WARNING,
          e.classId(),
          e.subject(),
          e.studentId(),
          e.end(),
          evidence,
          ("Итоговая отметка «%d» по предмету «%s» за период «%s» отличается от среднего балла"
                  + " текущих отметок ученика %s (отметок: %d) более чем на %s (п. 3.3.3).")
              .formatted(
                  mark,
                  e.subject(),
                  term.name(),
                  decimal(average),
                  cell[1],
                  decimal(p.maxDeviation())));
    }
  }

  /** Comma decimal, as the AIS's reports write averages: "4,60". */
  private static String decimal(double value) {
    return String.format(Locale.forLanguageTag("ru"), "%.2f", value);
  }

  private static Integer value(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return null;
      }
    }
    return Integer.parseInt(text);
  }
}
