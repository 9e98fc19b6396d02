package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/** A lesson topic is what the latest journal log row of its lesson says, a deletion included. */
class DeletedTopicTest {
  private static final LocalDate LESSON = LocalDate.of(2025, 10, 1);
  private static final UnitScope SCOPE = new UnitScope(1, 5, LESSON, LESSON);

  @Test
  void aTopicWhoseLatestRowIsADeletionIsMissingAndAnEditedOneHasItsNewTextAtItsFirstEntry() {
    List<JournalAccessRow> rows =
        List.of(
            topic("2", LocalDateTime.of(2025, 10, 1, 14, 0), null, "Дроби"),
            topic("2", LocalDateTime.of(2025, 10, 1, 15, 0), "Дроби", null),
            topic("3", LocalDateTime.of(2025, 10, 1, 14, 0), null, "Векторы"),
            topic("3", LocalDateTime.of(2025, 10, 2, 9, 0), "Векторы", "Векторы и координаты"));

    List<Observation> topics =
        UnitObservations.build(
                SCOPE,
                new UnitObservations.Input(null, null, null, rows, null, null, null),
                CodeTables.load())
            .observations()
            .stream()
            .filter(o -> o.kind() == EntryKind.TOPIC)
            .toList();

    assertThat(topics)
        .extracting(Observation::key, Observation::value, Observation::aisEnteredAt)
        .containsExactly(
            tuple(
                "TOPIC:5:2025-10-01:3:Алгебра",
                "Векторы и координаты",
                LocalDateTime.of(2025, 10, 1, 14, 0)));
  }

  private static JournalAccessRow topic(
      String lesson, LocalDateTime at, String before, String after) {
    return new JournalAccessRow(
        at, "Иванова А. А.", "7А", "Алгебра", LESSON, lesson, null, "Тема урока", before, after);
  }
}
