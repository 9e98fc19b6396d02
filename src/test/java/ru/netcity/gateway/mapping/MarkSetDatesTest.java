package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.netcity.report.GradeRow;

class MarkSetDatesTest {
  private static final CodeTables TABLES = CodeTables.load();
  private static final LocalDate LESSON = LocalDate.of(2025, 9, 8);

  @Test
  void onlyMarksWithoutATimeNeedTheReportAndTheyGetTheEarliestMatchingDayAtItsStart() {
    String five = TABLES.markText(5).orElseThrow();
    Observation timed = mark("MARK:1:7", 7, five, LESSON.atTime(15, 0));
    Observation untimed = mark("MARK:2:7", 7, five, null);
    Observation other = mark("MARK:3:8", 8, five, null);
    Observation dot = new Observation(EntryKind.DOT, "DOT:4:7", 1, LESSON, "Алгебра", 7, ".", null);
    var result = new UnitObservations.Result(List.of(timed, untimed, other, dot), List.of());

    assertThat(MarkSetDates.needed(result))
        .containsExactly(new MarkSetDates.Pair(7, "Алгебра"), new MarkSetDates.Pair(8, "Алгебра"));

    var rows =
        List.of(
            new GradeRow("Ответ на уроке", "a", LESSON, LESSON.plusDays(3), "5"),
            new GradeRow("Ответ на уроке", "b", LESSON, LESSON.plusDays(1), "5"),
            new GradeRow("Ответ на уроке", "c", LESSON, LESSON, "4"),
            new GradeRow("Ответ на уроке", "d", LESSON.plusDays(1), LESSON, "5"),
            new GradeRow("Ответ на уроке", "e", LESSON, LESSON, "УП"));
    var filled =
        MarkSetDates.apply(result, Map.of(new MarkSetDates.Pair(7, "Алгебра"), rows), TABLES);

    assertThat(filled.observations())
        .extracting(Observation::aisEnteredAt)
        .containsExactly(LESSON.atTime(15, 0), LESSON.plusDays(1).atStartOfDay(), null, null);
  }

  private static Observation mark(String key, int student, String value, LocalDateTime at) {
    return new Observation(EntryKind.MARK, key, 1, LESSON, "Алгебра", student, value, at);
  }
}
