package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Clause 2.1: the lesson day, the next-day exception, weekends and holidays, missing records. */
class LessonRecordSameDayTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 9, 10);
  private static final LocalDate FRIDAY = LocalDate.of(2025, 9, 12);
  private static final LocalDate BEFORE_VACATION = LocalDate.of(2025, 10, 24);
  private static final String SCHOOL_DAY = "next-day: school-day";

  private static List<Finding> records(LedgerFixture f, UnaryOperator<String> edit) {
    try (f) {
      return f.audit(edit, CorrectionRegister.NONE).stream()
          .filter(x -> x.rule().equals(LessonRecordSameDay.CODE))
          .toList();
    }
  }

  private static LedgerFixture ledger() {
    return new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
        .unit(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30), "DONE");
  }

  private static LedgerFixture lessonWithTopic(LocalDate day, int bell, LocalDateTime at) {
    return ledger()
        .lesson(bell, day, bell, "08:30", "09:10", "Физика")
        .topic(day, bell, "Физика", at);
  }

  @Test
  void theLessonDayIsInTimeTheNextDayAWarningAndLaterAViolation() {
    LedgerFixture f =
        ledger()
            .lesson(1, WEDNESDAY, 1, "08:30", "09:10", "Физика")
            .topic(WEDNESDAY, 1, "Физика", WEDNESDAY.atTime(23, 59))
            .lesson(2, WEDNESDAY, 2, "09:20", "10:00", "Физика")
            .topic(WEDNESDAY, 2, "Физика", WEDNESDAY.plusDays(1).atTime(0, 0))
            .lesson(3, WEDNESDAY, 3, "10:15", "10:55", "Физика")
            .topic(WEDNESDAY, 3, "Физика", WEDNESDAY.plusDays(1).atTime(23, 59))
            .lesson(4, WEDNESDAY, 4, "11:10", "11:50", "Физика")
            .topic(WEDNESDAY, 4, "Физика", WEDNESDAY.plusDays(2).atTime(0, 0));

    assertThat(records(f, UnaryOperator.identity()))
        .extracting(x -> x.evidence().get("enteredAt"), Finding::severity)
        .containsExactlyInAnyOrder(
            tuple("2025-09-11T00:00", Severity.WARNING),
            tuple("2025-09-11T23:59", Severity.WARNING),
            tuple("2025-09-12T00:00", Severity.VIOLATION));
  }

  @Test
  void fridaysRecordOnMondayIsLateByTheCalendarButTheNextSchoolDayOnRequest() {
    LocalDateTime monday = FRIDAY.plusDays(3).atTime(8, 0);

    assertThat(records(lessonWithTopic(FRIDAY, 1, monday), UnaryOperator.identity()))
        .extracting(Finding::severity)
        .containsExactly(Severity.VIOLATION);
    assertThat(
            records(
                lessonWithTopic(FRIDAY, 1, monday),
                y -> y.replace("next-day: calendar", SCHOOL_DAY)))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void aHolidayIsSkippedWhenFindingTheNextSchoolDay() {
    UnaryOperator<String> schoolDays = y -> y.replace("next-day: calendar", SCHOOL_DAY);
    LocalDateTime firstDayBack = LocalDate.of(2025, 11, 5).atTime(10, 0);

    assertThat(records(lessonWithTopic(BEFORE_VACATION, 1, firstDayBack), schoolDays))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(records(lessonWithTopic(BEFORE_VACATION, 1, firstDayBack.plusDays(1)), schoolDays))
        .extracting(Finding::severity)
        .containsExactly(Severity.VIOLATION);
  }

  /** The rule set's working Saturday 2025-11-29 and the Friday off in exchange, 2025-12-05. */
  @Test
  void aTransferredWorkingSaturdayIsASchoolDayAndItsLessonsAreJudged() {
    UnaryOperator<String> schoolDays = y -> y.replace("next-day: calendar", SCHOOL_DAY);
    LocalDate friday = LocalDate.of(2025, 11, 28);
    LocalDate saturday = LocalDate.of(2025, 11, 29);

    // Friday's record on Saturday: the next school day is the working Saturday, so Monday is late
    assertThat(records(lessonWithTopic(friday, 1, saturday.atTime(10, 0)), schoolDays))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(records(lessonWithTopic(friday, 1, friday.plusDays(3).atTime(10, 0)), schoolDays))
        .extracting(Finding::severity)
        .containsExactly(Severity.VIOLATION);
    // the Saturday's own lessons: in time on the day, missing once the next day is over
    assertThat(records(lessonWithTopic(saturday, 2, saturday.atTime(15, 0)), schoolDays)).isEmpty();
    assertThat(records(ledger().lesson(3, saturday, 3, "10:15", "10:55", "Физика"), schoolDays))
        .singleElement()
        .satisfies(x -> assertThat(x.lessonDate()).isEqualTo(saturday));
    // Thursday before the Friday off: its next school day is the Monday after
    LocalDate thursday = LocalDate.of(2025, 12, 4);
    LedgerFixture december =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001)
            .unit(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 26), "DONE")
            .lesson(1, thursday, 1, "08:30", "09:10", "Физика")
            .topic(thursday, 1, "Физика", thursday.plusDays(4).atTime(10, 0));
    assertThat(records(december, schoolDays))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void noRecordIsMissingOnADayWithoutLessons() {
    // a holiday, the Friday off and a weekend: no lessons, no «не внесена»
    LedgerFixture f = lessonWithTopic(WEDNESDAY, 1, WEDNESDAY.atTime(15, 0));
    assertThat(records(f, UnaryOperator.identity())).isEmpty();
  }

  @Test
  void aLateAbsenceNamesTheStudent() {
    LedgerFixture f =
        lessonWithTopic(WEDNESDAY, 1, WEDNESDAY.atTime(10, 0))
            .absence(10001, WEDNESDAY, 1, "Физика", WEDNESDAY.plusDays(4).atTime(10, 0));

    assertThat(records(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10001);
              assertThat(x.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(x.evidence()).containsEntry("entry", "absence");
            });
  }

  @Test
  void aLessonWithNoRecordIsReportedOnceTheNextDayIsOver() {
    LedgerFixture f = ledger().lesson(1, WEDNESDAY, 1, "08:30", "09:10", "Физика");

    assertThat(records(f, UnaryOperator.identity()))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(x.message()).contains("не внесена");
            });
    LedgerFixture g = ledger().lesson(1, WEDNESDAY, 1, "08:30", "09:10", "Физика");
    assertThat(
            records(
                g, y -> y.replace("report-missing-record: true", "report-missing-record: false")))
        .isEmpty();
  }
}
