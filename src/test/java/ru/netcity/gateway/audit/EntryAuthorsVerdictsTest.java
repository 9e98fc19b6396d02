package ru.netcity.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whom a finding names when someone other than the lesson's teacher made the entry (the ledger's
 * AUTHOR entries): the one who made the late or retroactive entry or edit answers for it; a finding
 * about an entry nobody made, or one the lesson's teacher made, names the lesson's teacher.
 */
class EntryAuthorsVerdictsTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final LocalDate END = LocalDate.of(2025, 10, 24);
  private static final String MATHS = "Алгебра";
  private static final String TEACHER = "Орлова Е. К.";
  private static final String DEPUTY = "Шамрина И. В.";
  private static final String SUBSTITUTE = "Гусев П. Р.";
  private static final LocalDate EDITED = LocalDate.of(2025, 9, 2);
  private static final LocalDate ABSENT = LocalDate.of(2025, 9, 9);
  private static final LocalDate MISSING = LocalDate.of(2025, 9, 16);
  private static final LocalDate LATE_OWN = LocalDate.of(2025, 9, 23);
  private static final LocalDate IN_TIME = LocalDate.of(2025, 9, 30);

  private static List<Finding> findings;

  @BeforeAll
  static void audit() {
    LedgerFixture f =
        new LedgerFixture(LocalDateTime.of(2026, 6, 1, 0, 0), 10001, 10002)
            .unit(START, LocalDate.of(2025, 12, 26), "DONE")
            .term(1, "1 четверть", START, END);
    long id = 1;
    // algebra on Tuesdays, all taught and recorded by one teacher but for the situations below
    for (LocalDate d = LocalDate.of(2025, 9, 2); !d.isAfter(END); d = d.plusWeeks(1)) {
      f.lesson(id, d, 2, "09:00", "09:40", MATHS).teacher(id, d, 2, MATHS, TEACHER);
      if (!d.equals(MISSING) && !d.equals(LATE_OWN)) {
        f.topic(d, 2, MATHS, d.atTime(12, 0));
      }
      f.mark(500 + id, 10001, d, MATHS, d.atTime(12, 5));
      id++;
    }
    // the deputy director changes a mark of 2 September three weeks later
    LocalDateTime changed = EDITED.plusDays(21).atTime(11, 0);
    f.revision("MARK", "CHANGED", EDITED, MATHS, 10001, changed)
        .author(
            LedgerFixture.revisionKey("MARK", EDITED, 10001, changed),
            EDITED,
            MATHS,
            10001,
            DEPUTY,
            changed);
    // ... and another the next morning, inside the window: no finding
    LocalDateTime nextMorning = IN_TIME.plusDays(1).atTime(8, 30);
    f.revision("MARK", "CHANGED", IN_TIME, MATHS, 10001, nextMorning)
        .author(
            LedgerFixture.revisionKey("MARK", IN_TIME, 10001, nextMorning),
            IN_TIME,
            MATHS,
            10001,
            DEPUTY,
            nextMorning);
    // a substitute who stood in on 9 September enters pupil 10002's absence four days late
    LocalDateTime absent = ABSENT.plusDays(4).atTime(9, 0);
    f.absence(10002, ABSENT, 2, MATHS, absent)
        .author("ABSENCE:10002:" + ABSENT + ":2", ABSENT, MATHS, 10002, SUBSTITUTE, absent);
    // the teacher's own late topic: no AUTHOR entry, the lesson's teacher is named
    f.topic(LATE_OWN, 2, MATHS, LATE_OWN.plusDays(3).atTime(10, 0));
    // the deputy director enters pupil 10002's term mark three days after the term
    LocalDateTime termMark = END.plusDays(3).atTime(10, 0);
    f.termMark(10002, MATHS, "1 четверть", END, termMark)
        .author("TERM_MARK:10002:" + MATHS + ":1 четверть", END, MATHS, 10002, DEPUTY, termMark)
        .termMark(10001, MATHS, "1 четверть", END, 5);
    try (f) {
      findings = f.audit();
    }
  }

  @Test
  void theDeputyDirectorsRetroactiveChangeOfAMarkInATeachersLessonNamesHer() {
    assertThat(findings)
        .filteredOn(x -> x.rule().equals(NoRetroactiveChange.CODE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.lessonDate()).isEqualTo(EDITED);
              assertThat(x.studentId()).isEqualTo(10001);
              assertThat(x.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(x.teacher()).isEqualTo(DEPUTY);
            });
  }

  @Test
  void aSubstitutesLateAbsenceNamesTheSubstitute() {
    assertThat(findings)
        .filteredOn(x -> x.rule().equals(LessonRecordSameDay.CODE) && x.studentId() != null)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.lessonDate()).isEqualTo(ABSENT);
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(x.teacher()).isEqualTo(SUBSTITUTE);
            });
  }

  @Test
  void aMissingRecordAndTheTeachersOwnLateOneNameTheLessonsTeacher() {
    assertThat(findings)
        .filteredOn(x -> x.rule().equals(LessonRecordSameDay.CODE) && x.studentId() == null)
        .extracting(x -> x.lessonDate() + " " + x.severity() + " " + x.teacher())
        .containsExactlyInAnyOrder(
            MISSING + " " + Severity.VIOLATION + " " + TEACHER,
            LATE_OWN + " " + Severity.VIOLATION + " " + TEACHER);
  }

  @Test
  void theDeputyDirectorsLateTermMarkNamesHer() {
    assertThat(findings)
        .filteredOn(x -> x.rule().equals(FinalMarksWithin1Day.CODE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.studentId()).isEqualTo(10002);
              assertThat(x.lessonDate()).isEqualTo(END);
              assertThat(x.teacher()).isEqualTo(DEPUTY);
            });
  }
}
