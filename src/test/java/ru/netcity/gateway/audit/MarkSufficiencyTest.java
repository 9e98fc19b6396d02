package ru.netcity.gateway.audit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
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
 * Clause 2.3.1 (and 2.3.2 where it exempts): weekly hours from the timetable, the 2 h/week and
 * half-year parameters, group lessons, written works, a third of a term missed for a valid reason.
 */
class MarkSufficiencyTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final LocalDate END = LocalDate.of(2025, 10, 24);
  private static final LocalDate HALF_YEAR_END = LocalDate.of(2025, 12, 26);

  private static List<Finding> audit(LedgerFixture f, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().startsWith("MARK_") || x.rule().startsWith("SUFFICIENCY_"))
          .toList();
    }
  }

  private static LedgerFixture quarter(int... students) {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), students)
        .unit(START, END, "DONE")
        .term(1, "1 четверть", START, END);
  }

  /** {@code n} marks for the student on the subject's first lesson day. */
  private static LedgerFixture marks(LedgerFixture f, int student, String subject, int n) {
    for (int i = 0; i < n; i++) {
      f.mark(1000L * student + i, student, START, subject, START.atTime(15, 0));
    }
    return f;
  }

  @Test
  void twoHoursAWeekNeedFiveMarksByDefaultAndWhatTheRuleSetSays() {
    LedgerFixture f = quarter(10001, 10002).weekly("Геометрия", 2, START, END, MONDAY, THURSDAY);
    marks(marks(f, 10001, "Геометрия", 4), 10002, "Геометрия", 5);

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(MarkSufficiency.CODE);
              assertThat(x.studentId()).isEqualTo(10001);
              assertThat(x.lessonDate()).isEqualTo(END);
              assertThat(x.evidence()).containsEntry("weeklyHours", 2).containsEntry("minimum", 5);
            });

    LedgerFixture g = quarter(10001).weekly("Геометрия", 2, START, END, MONDAY, THURSDAY);
    assertThat(
            audit(
                marks(g, 10001, "Геометрия", 4),
                y -> y.replace("min-marks-two-hours: 5", "min-marks-two-hours: 4")))
        .isEmpty();
  }

  @Test
  void aHalfYearDoublesTheMinimumByDefault() {
    LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(START, HALF_YEAR_END, "DONE")
            .term(5, "1 полугодие", START, HALF_YEAR_END)
            .weekly("Музыка", 3, START, HALF_YEAR_END, MONDAY);
    marks(f, 10001, "Музыка", 5);

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.evidence())
                    .containsEntry("minimum", 6)
                    .containsEntry("halfYear", true));

    LedgerFixture g =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(START, HALF_YEAR_END, "DONE")
            .term(5, "1 полугодие", START, HALF_YEAR_END)
            .weekly("Музыка", 3, START, HALF_YEAR_END, MONDAY);
    assertThat(
            audit(
                marks(g, 10001, "Музыка", 5),
                y -> y.replace("half-year-factor: 2", "half-year-factor: 1")))
        .isEmpty();
  }

  @Test
  void parallelGroupLessonsCountOnceForTheWeeklyHours() {
    LedgerFixture f = quarter(10001, 10002);
    String english = "Иностранный язык (английский)";
    f.weekly(english, 4, START, END, TUESDAY, WEDNESDAY, FRIDAY); // group 1
    f.weekly(english, 4, START, END, TUESDAY, WEDNESDAY, FRIDAY); // group 2, same bells
    marks(marks(f, 10001, english, 8), 10002, english, 7);

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence()).containsEntry("weeklyHours", 3).containsEntry("minimum", 8);
            });
  }

  @Test
  void groupsAtDifferentBellsGiveEachPupilHisOwnWeeklyHoursNotTheirSum() {
    LedgerFixture f = quarter(10001, 10002);
    String english = "Иностранный язык (английский)";
    int[] group1 = {10001};
    int[] group2 = {10002};
    f.groupWeekly(english, 2, group1, START, END, TUESDAY, WEDNESDAY, FRIDAY);
    f.groupWeekly(english, 5, group2, START, END, TUESDAY, WEDNESDAY); // apart on two days
    f.groupWeekly(english, 2, group2, START, END, FRIDAY); // together on the third
    marks(marks(f, 10001, english, 8), 10002, english, 7);

    // 3 h for each pupil (5 slots a week in all): a minimum of 8, not 14
    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence())
                  .containsEntry("weeklyHours", 3)
                  .containsEntry("minimum", 8)
                  .containsEntry("lessons", 24);
            });
  }

  @Test
  void aSubjectOnlyTheOtherGroupTakesIsNotJudged() {
    LedgerFixture f = quarter(10001, 10002).weekly("Алгебра", 1, START, END, MONDAY);
    marks(marks(f, 10001, "Алгебра", 3), 10002, "Алгебра", 3);
    f.groupWeekly("Немецкий язык", 3, new int[] {10002}, START, END, MONDAY, THURSDAY);
    for (int i = 0; i < 4; i++) {
      f.mark(90_000L + i, 10002, START, "Немецкий язык", START.atTime(15, 0));
    }

    // 10001 (group 1) never sees German in his diary: no «0 отметок»; 10002 has 4 of 5
    assertThat(audit(f, UnaryOperator.identity()))
        .extracting(Finding::rule, Finding::studentId, Finding::subject)
        .containsExactly(tuple(MarkSufficiency.CODE, 10002, "Немецкий язык"));
  }

  @Test
  void lessonsOnATransferredWorkingSaturdayCountAsThePupilsLessons() {
    LocalDate saturday = LocalDate.of(2025, 9, 27);
    LedgerFixture f = quarter(10001).weekly("Музыка", 3, START, END, MONDAY);
    f.lesson(900, saturday, 3, "08:30", "09:10", "Музыка");
    marks(f, 10001, "Музыка", 2);

    // eight Mondays and the Saturday: nine lessons, still 1 h a week (the mode)
    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(MarkSufficiency.CODE);
              assertThat(x.evidence())
                  .containsEntry("lessons", 9)
                  .containsEntry("weeklyHours", 1)
                  .containsEntry("minimum", 3);
            });
  }

  @Test
  void everyPresentStudentOfTheWorksGroupNeedsAMarkForIt() {
    LocalDate day = LocalDate.of(2025, 9, 17);
    LedgerFixture f = quarter(10001, 10002, 10003, 10004).weekly("Химия", 5, START, END, WEDNESDAY);
    for (int s = 10001; s <= 10004; s++) {
      marks(f, s, "Химия", 3);
    }
    f.work(77, day, 5, "Химия", 10001, 10002, 10004) // 10003 is in the other group
        .mark(77, 10001, day, "Химия", day.atTime(14, 0))
        .absence(10002, day, 5, "Химия", "Б");

    assertThat(audit(f, UnaryOperator.identity()))
        .extracting(Finding::rule, Finding::studentId, Finding::lessonDate)
        .containsExactly(tuple(MarkSufficiency.CODE, 10004, day));
  }

  @Test
  void aThirdOfTheTermMissedForAValidReasonExemptsAtTheDefaultThreshold() {
    LedgerFixture f = exemptionCase();

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(SufficiencyExempt.CODE);
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.evidence())
                  .containsEntry("lessons", 24)
                  .containsEntry("validAbsences", 8)
                  .containsEntry("marks", 5)
                  .containsEntry("minimum", 8);
            });
    assertThat(
            audit(
                exemptionCase(),
                y -> y.replace("valid-absence-share: 0.3", "valid-absence-share: 0.4")))
        .extracting(Finding::rule)
        .containsExactly(MarkSufficiency.CODE);
    assertThat(audit(exemptionCase(), y -> y.replace("mode: threshold", "mode: proportional")))
        .extracting(Finding::rule, x -> x.evidence().get("required"))
        .containsExactlyInAnyOrder(
            tuple(SufficiencyExempt.CODE, 6), tuple(MarkSufficiency.CODE, 6));
  }

  /** 3 h/week over 8 weeks (24 lessons), 8 of them missed ill (Б), 5 marks against 8. */
  private static LedgerFixture exemptionCase() {
    LedgerFixture f = quarter(10001).weekly("Алгебра", 1, START, END, MONDAY, WEDNESDAY, FRIDAY);
    LocalDate day = LocalDate.of(2025, 9, 15);
    for (int i = 0; i < 8; i++) {
      while (day.getDayOfWeek() == TUESDAY
          || day.getDayOfWeek() == THURSDAY
          || day.getDayOfWeek().getValue() > 5) {
        day = day.plusDays(1);
      }
      f.absence(10001, day, 1, "Алгебра", "Б");
      day = day.plusDays(1);
    }
    return marks(f, 10001, "Алгебра", 5);
  }

  /**
   * Algebra 3 h/week (Mon, Wed, Fri) over the 8-week quarter; 10002 arrives on {@code arrival}
   * (clause 3.3.1): the lessons before show in 10001's diary only.
   */
  private static LedgerFixture arrivingOn(LocalDate arrival) {
    LedgerFixture f = quarter(10001, 10002);
    f.groupWeekly("Алгебра", 2, new int[] {10001}, START, arrival.minusDays(1), MONDAY);
    f.groupWeekly("Алгебра", 2, new int[] {10001}, START, arrival.minusDays(1), WEDNESDAY);
    f.groupWeekly("Алгебра", 2, new int[] {10001}, START, arrival.minusDays(1), FRIDAY);
    f.weekly("Алгебра", 2, arrival, END, MONDAY, WEDNESDAY, FRIDAY);
    return marks(f, 10001, "Алгебра", 8);
  }

  @Test
  void aPupilWhoArrivedMidTermIsJudgedOverHisPartWithAProportionalMinimum() {
    LocalDate arrival = LocalDate.of(2025, 9, 22); // 15 of the term's 24 school days: 8 * 15/24
    LedgerFixture f = arrivingOn(arrival);
    for (int i = 0; i < 4; i++) {
      f.mark(900L + i, 10002, arrival, "Алгебра", arrival.atTime(15, 0));
    }

    assertThat(audit(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence())
                  .containsEntry("weeklyHours", 3)
                  .containsEntry("minimum", 5)
                  .containsEntry("lessons", 15)
                  .containsEntry("schoolDaysInClass", 15)
                  .containsEntry("schoolDaysOfTerm", 24);
            });

    LedgerFixture g = arrivingOn(arrival);
    for (int i = 0; i < 5; i++) {
      g.mark(900L + i, 10002, arrival, "Алгебра", arrival.atTime(15, 0));
    }
    assertThat(audit(g, UnaryOperator.identity())).isEmpty();
  }

  @Test
  void aPupilInTheClassForLessThanTheRuleSetsShareOfTheTermIsNotJudged() {
    LocalDate arrival = LocalDate.of(2025, 10, 6); // 9 of 24 school days: under half
    LedgerFixture f = arrivingOn(arrival);
    f.absence(10002, arrival, 2, "Алгебра", "Н");
    assertThat(audit(f, UnaryOperator.identity())).isEmpty();

    LedgerFixture g = arrivingOn(arrival);
    g.absence(10002, arrival, 2, "Алгебра", "Н");
    assertThat(audit(g, y -> y.replace("part-term-min-share: 0.5", "part-term-min-share: 0.3")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.evidence()).containsEntry("marks", 0).containsEntry("minimum", 3);
            });
  }
}
