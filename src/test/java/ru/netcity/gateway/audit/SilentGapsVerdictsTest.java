package ru.netcity.gateway.audit;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 8: a pupil with no mark in a subject for a term, a term or year mark never
 * entered, and one group's missing topic at a bell both groups share are found, not skipped.
 */
class SilentGapsVerdictsTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final LocalDate END = LocalDate.of(2025, 10, 24);
  private static final LocalDate MID = LocalDate.of(2025, 10, 10);
  private static final String PHYSICS = "Физика";
  private static final String ENGLISH = "Иностранный язык (английский)";

  private static LedgerFixture quarter(int... students) {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), students)
        .unit(START, END, "DONE")
        .term(1, "1 четверть", START, END);
  }

  /** A class of grades 10–11: two half-years, the first ending {@code MID}. */
  private static LedgerFixture halfYears(int... students) {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), students)
        .unit(START, END, "DONE")
        .term(1, "1 полугодие", START, MID)
        .term(2, "2 полугодие", MID.plusDays(3), END);
  }

  private static List<Finding> audit(LedgerFixture f, String rule, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(rule))
          .toList();
    }
  }

  private static LedgerFixture marks(LedgerFixture f, int student, String subject, int n) {
    for (int i = 0; i < n; i++) {
      f.mark(1000L * student + i + subject.length(), student, START, subject, START.atTime(15, 0));
    }
    return f;
  }

  /** 8a: no mark at all in a subject, even no entry at all in the term, is judged with 0. */
  @Test
  void aPupilWithNoMarkInASubjectIsJudgedWithZero() {
    LedgerFixture f =
        quarter(10001, 10002)
            .weekly(PHYSICS, 2, START, END, MONDAY)
            .groupWeekly(ENGLISH, 3, new int[] {10001}, START, END, TUESDAY)
            .groupWeekly(ENGLISH, 3, new int[] {10002}, START, END, TUESDAY);
    marks(f, 10001, PHYSICS, 3);

    List<Finding> findings = audit(f, MarkSufficiency.CODE, UnaryOperator.identity());

    assertThat(findings)
        .extracting(Finding::studentId, Finding::subject, Finding::severity, Finding::clause)
        .containsExactlyInAnyOrder(
            tuple(10001, ENGLISH, Severity.VIOLATION, "2.3.1"),
            tuple(10002, ENGLISH, Severity.VIOLATION, "2.3.1"),
            tuple(10002, PHYSICS, Severity.VIOLATION, "2.3.1"));
    assertThat(findings)
        .filteredOn(x -> x.studentId() == 10002 && x.subject().equals(PHYSICS))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .isEqualTo(
                        "У ученика по предмету «Физика» за период «1 четверть» 0 отметок при"
                            + " минимуме 3 (1 ч в неделю) (п. 2.3.1)."));
  }

  /** 8b: a term and a year mark never entered are 4.3 violations once the deadline is over. */
  @Test
  void aTermOrYearMarkNeverEnteredIsAViolationAfterTheDeadline() {
    LedgerFixture f = halfYears(10001, 10002).weekly(PHYSICS, 2, START, END, MONDAY);
    marks(marks(f, 10001, PHYSICS, 3), 10002, PHYSICS, 3);
    // 10003 left the class: not on the roster, nothing is due of him
    marks(f, 10003, PHYSICS, 3)
        .termMark(10001, PHYSICS, "1 полугодие", MID, MID.atTime(15, 0))
        .termMark(10001, PHYSICS, "Год", END, END.atTime(15, 0));

    List<Finding> findings =
        audit(f, FinalMarksWithin1Day.CODE, UnaryOperator.identity()).stream()
            .sorted(java.util.Comparator.comparing(Finding::message))
            .toList();

    assertThat(findings)
        .extracting(Finding::studentId, Finding::severity, Finding::clause, Finding::message)
        .containsExactly(
            tuple(
                10002,
                Severity.VIOLATION,
                "4.3",
                "Итоговая отметка по предмету «Физика» за период «1 полугодие» не внесена к сроку"
                    + " 12.10.2025 00:00 (п. 4.3)."),
            tuple(
                10002,
                Severity.VIOLATION,
                "4.3",
                "Итоговая отметка по предмету «Физика» за период «Год» не внесена к сроку"
                    + " 26.10.2025 00:00 (п. 4.3)."));
  }

  /**
   * 8b: before the year's last term is in the ledger (a sync records a term once it starts) the
   * year's end is unknown, and no year mark is judged missing.
   */
  @Test
  void noYearMarkIsDueBeforeTheLastTermIsKnown() {
    LedgerFixture f = quarter(10001).weekly(PHYSICS, 2, START, END, MONDAY);
    marks(f, 10001, PHYSICS, 3).termMark(10001, PHYSICS, "1 четверть", END, END.atTime(15, 0));

    assertThat(audit(f, FinalMarksWithin1Day.CODE, UnaryOperator.identity())).isEmpty();
  }

  /** 8b: the year's deadline is a parameter, since the regulation names no moment for it. */
  @Test
  void theYearMarksDeadlineIsAParameter() {
    LedgerFixture f = quarter(10001).weekly(PHYSICS, 2, START, END, MONDAY);
    marks(f, 10001, PHYSICS, 3)
        .termMark(10001, PHYSICS, "1 четверть", END, END.atTime(15, 0))
        .termMark(10001, PHYSICS, "Год", END, END.plusDays(3).atTime(15, 0));

    assertThat(audit(f, FinalMarksWithin1Day.CODE, UnaryOperator.identity()))
        .singleElement()
        .satisfies(x -> assertThat(x.evidence()).containsEntry("term", "Год"));
    LedgerFixture g = quarter(10001).weekly(PHYSICS, 2, START, END, MONDAY);
    marks(g, 10001, PHYSICS, 3)
        .termMark(10001, PHYSICS, "1 четверть", END, END.atTime(15, 0))
        .termMark(10001, PHYSICS, "Год", END, END.plusDays(3).atTime(15, 0));
    assertThat(
            audit(
                g,
                FinalMarksWithin1Day.CODE,
                t ->
                    t.replace(
                        "year-received-days-after-last-term-end: 0",
                        "year-received-days-after-last-term-end: 3")))
        .isEmpty();
  }

  /** 8c: each group's lesson at a shared bell needs its own record. */
  @Test
  void oneGroupsMissingTopicAtASharedBellIsFound() {
    LocalDate day = LocalDate.of(2025, 9, 10);
    LedgerFixture f =
        quarter(10001, 10002)
            .groupWeekly(ENGLISH, 3, new int[] {10001}, day, day, WEDNESDAY)
            .groupWeekly(ENGLISH, 3, new int[] {10002}, day, day, WEDNESDAY)
            .topic(day, 3, ENGLISH, day.atTime(12, 0));

    assertThat(audit(f, LessonRecordSameDay.CODE, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(x.clause()).isEqualTo("2.1");
              assertThat(x.evidence()).containsEntry("groupLessons", 2).containsEntry("records", 1);
              assertThat(x.message())
                  .isEqualTo(
                      "Запись об уроке «Иностранный язык (английский)» (3-й урок) за 10.09.2025"
                          + " внесена не для всех групп: 1 из 2 (п. 2.1).");
            });

    LedgerFixture both =
        quarter(10001, 10002)
            .groupWeekly(ENGLISH, 3, new int[] {10001}, day, day, WEDNESDAY)
            .groupWeekly(ENGLISH, 3, new int[] {10002}, day, day, WEDNESDAY)
            .topic(day, 3, ENGLISH, day.atTime(12, 0))
            .groupTopic(day, 3, ENGLISH, 2, day.atTime(13, 0));
    assertThat(audit(both, LessonRecordSameDay.CODE, UnaryOperator.identity())).isEmpty();
  }
}
