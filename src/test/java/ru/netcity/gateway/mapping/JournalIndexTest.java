package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/** The journal log's rows as evidence of entry times; a deletion row is no entry. */
class JournalIndexTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 2);
  private static final JournalIndex.Slot SLOT = new JournalIndex.Slot(DAY, "2", "Алгебра");

  @Test
  void aDeletionRowIsIndexedApartAndNeverTimesACurrentValue() {
    LocalDateTime entered = DAY.atTime(14, 0);
    LocalDateTime deleted = DAY.plusDays(20).atTime(10, 0);
    List<JournalAccessRow> rows =
        List.of(
            row(entered, null, "4"), row(deleted, "4", null), row(DAY.atTime(14, 5), null, "5"));
    Issues issues = new Issues("unit");
    JournalIndex index =
        new JournalIndex(rows, new Roster(List.of(new StudentRef(7, "Иванов Иван"))), issues);
    assertThat(index.firstEntry(JournalIndex.MARK, SLOT, 7, "4").enteredAt()).isEqualTo(entered);
    assertThat(index.firstEntry(JournalIndex.MARK, SLOT, 7, "")).isNull();
    assertThat(index.deletedAt(JournalIndex.MARK, SLOT, 7, "4")).isEqualTo(deleted);
    assertThat(index.deletedAt(JournalIndex.MARK, SLOT, 7, "5")).isNull();
  }

  /** Issue 11, item 3: an entry is timed by its first entry; the later edits are revisions. */
  @Test
  void anEditedValueIsTimedByItsFirstEntryAndTheEditIsARevision() {
    LocalDateTime entered = DAY.atTime(14, 0);
    LocalDateTime toDot = DAY.atTime(15, 0);
    LocalDateTime back = DAY.plusDays(4).atTime(9, 0);
    List<JournalAccessRow> rows =
        List.of(row(entered, null, "3"), row(toDot, "3", "."), row(back, ".", "4"));
    JournalIndex index =
        new JournalIndex(
            rows, new Roster(List.of(new StudentRef(7, "Иванов Иван"))), new Issues("unit"));
    assertThat(index.firstEntry(JournalIndex.MARK, SLOT, 7, "4").enteredAt()).isEqualTo(entered);
    assertThat(index.revisions()).extracting(r -> r.row().enteredAt()).containsExactly(toDot, back);
  }

  private static JournalAccessRow row(LocalDateTime at, String before, String after) {
    return new JournalAccessRow(
        at,
        "Сидорова А. Б.",
        "7А",
        "Алгебра",
        DAY,
        "2",
        "Иванов Иван Петрович",
        "Оценка",
        before,
        after);
  }
}
