package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.netcity.gateway.audit.ruleset.FinalMarksParameters;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.netcity.report.ReportHtml;

/**
 * Clause 4.3's silent gap: a term or year mark that is still missing once its deadline has passed.
 * Expected of a pupil on the class's roster with a current mark in the subject in that term (the
 * year: in any term of the class); a pupil with none is left to 2.3.1.
 */
final class MissingFinalMarks {
  /** The terms of a year assessed by quarters, and by half-years. */
  private static final int QUARTERS = 4;

  private static final int HALF_YEARS = 2;

  /** A pupil's subject in a class. */
  private record Cell(int classId, int studentId, String subject) {}

  private record CellTerm(Cell cell, Term term) {}

  /** Class, pupil, subject: the order in which findings are made (unboxed, it sorts 100 000s). */
  private static final Comparator<Cell> CELL_ORDER =
      Comparator.comparingInt(Cell::classId)
          .thenComparingInt(Cell::studentId)
          .thenComparing(Cell::subject);

  private static final Comparator<CellTerm> CELL_TERM_ORDER =
      Comparator.comparing(CellTerm::cell, CELL_ORDER).thenComparing(c -> c.term().end());

  private final Set<CellTerm> marked = new HashSet<>();

  /** A term or year mark as entered: the pupil, the subject and the term's name. */
  private record Entered(int studentId, String subject, String term) {}

  private final Set<Entered> entered = new HashSet<>();

  /** A current mark (a dot is none). */
  void mark(JournalEntry e, AuditContext context) {
    if (e.studentId() != null) {
      Cell cell = new Cell(e.classId(), e.studentId(), e.subject());
      context
          .terms()
          .of(e.classId(), e.lessonDate())
          .ifPresent(t -> marked.add(new CellTerm(cell, t)));
    }
  }

  /** A term or year mark as entered, by its term's name. */
  void termMark(JournalEntry e, String term) {
    if (e.studentId() != null) {
      entered.add(new Entered(e.studentId(), e.subject(), term));
    }
  }

  void finish(FinalMarksWithin1Day rule, AuditContext context, FindingSink out) {
    Set<Cell> year = new TreeSet<>(CELL_ORDER);
    marked.stream()
        .sorted(CELL_TERM_ORDER)
        .forEach(
            c -> {
              year.add(c.cell());
              Term t = c.term();
              boolean complete = context.gate().complete(c.cell().classId(), t.start(), t.end());
              judge(rule, context, out, c.cell(), t.name(), t.start(), t.end(), complete);
            });
    for (Cell cell : year) {
      List<Term> terms = context.terms().of(cell.classId());
      if (!wholeYear(terms, context)) {
        continue; // the year's last term is not in the ledger yet: its end is unknown
      }
      LocalDate start =
          terms.stream().map(Term::start).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate end = terms.stream().map(Term::end).max(Comparator.naturalOrder()).orElseThrow();
      // every term complete (the vacations between them hold no lessons to sync)
      boolean complete =
          terms.stream().allMatch(t -> context.gate().complete(cell.classId(), t.start(), t.end()));
      judge(rule, context, out, cell, ReportHtml.YEAR, start, end, complete);
    }
  }

  /**
   * Whether the ledger holds every term of the class's year: four quarters, or two half-years. A
   * sync records a term once its start is inside the window it reads, so before the last term
   * starts the year's end (and its mark's deadline) is not known.
   */
  private static boolean wholeYear(List<Term> terms, AuditContext context) {
    if (terms.isEmpty()) {
      return false;
    }
    LocalDate start = terms.stream().map(Term::start).min(Comparator.naturalOrder()).orElseThrow();
    RuleSet set = context.ruleSets().inForce(start).orElse(null);
    if (set == null) {
      return false;
    }
    boolean halfYears = terms.stream().anyMatch(t -> context.isHalfYear(t, set));
    return terms.size() >= (halfYears ? HALF_YEARS : QUARTERS);
  }

  private void judge(
      FinalMarksWithin1Day rule,
      AuditContext context,
      FindingSink out,
      Cell cell,
      String term,
      LocalDate start,
      LocalDate end,
      boolean complete) {
    RuleSet set = context.ruleSets().inForce(start).orElse(null);
    if (set == null
        || !set.rules().finalMarks().reportMissing()
        || !context.roster().getOrDefault(cell.classId(), List.of()).contains(cell.studentId())
        || entered.contains(new Entered(cell.studentId(), cell.subject(), term))) {
      return;
    }
    LocalDateTime deadline = deadline(set.rules().finalMarks(), term, end);
    if (context.asOf().isBefore(deadline) || !complete) {
      return;
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("term", term);
    evidence.put("termEnd", end.toString());
    evidence.put("deadline", Texts.iso(deadline));
    evidence.put("checkedAt", Texts.iso(context.asOf()));
    out.add(
        rule,
        set,
        Severity.VIOLATION,
        cell.classId(),
        cell.subject(),
        cell.studentId(),
        end,
        evidence,
        "Итоговая отметка по предмету «%s» за период «%s» не внесена к сроку %s (п. 4.3)."
            .formatted(cell.subject(), term, Texts.time(deadline)));
  }

  /** The end of the day by which the mark is due. */
  static LocalDateTime deadline(FinalMarksParameters p, String term, LocalDate termEnd) {
    int received =
        ReportHtml.YEAR.equals(term)
            ? p.yearReceivedDaysAfterLastTermEnd()
            : p.receivedDaysAfterTermEnd();
    return termEnd.plusDays(received + p.daysAllowed() + 1L).atStartOfDay();
  }
}
