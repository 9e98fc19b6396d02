package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/** A nightly run reads again the weeks of older lessons the journal log shows changed. */
class LateChangesTest {
  private static final ClassRef CLASS = new ClassRef(5, "7А");
  private static final List<TermRef> QUARTERS =
      List.of(
          new TermRef(1, "1 четверть", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 24)),
          new TermRef(2, "2 четверть", LocalDate.of(2025, 11, 5), LocalDate.of(2025, 12, 28)),
          new TermRef(3, "3 четверть", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 20)));
  private static final LocalDate TODAY = LocalDate.of(2025, 12, 10);
  private static final LocalDate LOOKBACK_START = TODAY.minusDays(14);

  @Test
  void theLogIsReadFromThePreviousTermsStartToTheDayBeforeTheWindow() {
    assertThat(LateChanges.window(QUARTERS, TODAY, LOOKBACK_START))
        .contains(new LateChanges.Window(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 25)));
    assertThat(LateChanges.window(QUARTERS, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 6)))
        .contains(new LateChanges.Window(LocalDate.of(2025, 11, 5), LocalDate.of(2026, 2, 5)));
    // Early in the year the window reaches back to the first day: nothing older to read.
    assertThat(LateChanges.window(QUARTERS, LocalDate.of(2025, 9, 10), LocalDate.of(2025, 8, 27)))
        .isEmpty();
  }

  @Test
  void onlyRowsEnteredSinceTheLastCompleteRunNameADate() {
    LateChanges.Window window =
        new LateChanges.Window(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 25));
    LocalDateTime since = LocalDateTime.of(2025, 12, 9, 1, 30);
    List<JournalAccessRow> rows =
        List.of(
            row(LocalDate.of(2025, 10, 1), LocalDateTime.of(2025, 10, 1, 14, 0), "", "5"),
            row(LocalDate.of(2025, 10, 2), LocalDateTime.of(2025, 12, 9, 15, 0), "4", "5"),
            row(LocalDate.of(2025, 10, 24), LocalDateTime.of(2025, 12, 9, 16, 0), "3", ""),
            row(LocalDate.of(2025, 12, 1), LocalDateTime.of(2025, 12, 9, 16, 0), "", "5"));

    assertThat(LateChanges.changedDates(rows, since, window))
        .containsExactly(LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 24));
    assertThat(LateChanges.changedDates(rows, null, window)).hasSize(3);
  }

  @Test
  void eachChangedDateIsPulledAgainAsItsWeekCutToItsTermAndTheWindow() {
    UnitPlanner planner = new UnitPlanner(14);
    List<UnitScope> planned = planner.plan(1, Map.of(CLASS, QUARTERS), TODAY, SyncMode.NIGHTLY);
    Set<LocalDate> dates =
        Set.of(
            LocalDate.of(2025, 10, 1), // Wednesday
            LocalDate.of(2025, 10, 2), // the same week
            LocalDate.of(2025, 10, 24), // Friday, the term's last day
            LocalDate.of(2025, 11, 24), // Monday: the week runs into the lookback window
            LocalDate.of(2025, 12, 1)); // inside the window: the nightly unit reads it anyway

    List<UnitScope> late =
        planner.late(1, Map.of(CLASS, QUARTERS), Map.of(5, dates), TODAY, planned);

    assertThat(late)
        .containsExactlyInAnyOrder(
            new UnitScope(1, 5, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 5)),
            new UnitScope(1, 5, LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 24)),
            new UnitScope(1, 5, LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 25)));
  }

  private static JournalAccessRow row(
      LocalDate lesson, LocalDateTime at, String before, String after) {
    return new JournalAccessRow(
        at, "Иванова А. А.", "7А", "Алгебра", lesson, "2", "Петров Пётр", "Оценка", before, after);
  }
}
