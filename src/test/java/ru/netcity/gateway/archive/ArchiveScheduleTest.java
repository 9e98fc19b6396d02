package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.support.TestDatabase;

/** The daily check's share: the whole archive within one fixity cycle, least recently first. */
class ArchiveScheduleTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");

  @Test
  void sixtySnapshotsOverAThirtyDayCycleAreAllCheckedWithinTheCycleTwoADay() {
    List<String> ids = IntStream.range(0, 60).mapToObj(i -> "school-1-term-" + i).toList();
    Set<String> checked = new HashSet<>();
    try (TestDatabase db = TestDatabase.h2()) {
      for (int day = 0; day < 30; day++) {
        Clock clock =
            Clock.fixed(Instant.parse("2026-09-01T21:00:00Z").plus(Duration.ofDays(day)), ZONE);
        CheckLog log = new CheckLog(db.dataSource(), clock);
        List<String> due = schedule(clock, log).due(ids);

        assertThat(due).hasSize(2).noneMatch(checked::contains);
        due.forEach(id -> log.record(id, "/a", CheckLog.Outcome.INTACT, null));
        checked.addAll(due);
      }
      assertThat(checked).containsExactlyInAnyOrderElementsOf(ids);

      Clock nextCycle = Clock.fixed(Instant.parse("2026-10-01T21:00:00Z"), ZONE);
      assertThat(schedule(nextCycle, new CheckLog(db.dataSource(), nextCycle)).due(ids))
          .containsExactly("school-1-term-0", "school-1-term-1");
    }
  }

  @Test
  void aTermIsDueTwoDaysAfterItsLastDayInTheSchoolsTimeZone() {
    // 2026-05-28 00:30 in Tomsk is still 05-27 in UTC
    Clock clock = Clock.fixed(Instant.parse("2026-05-27T17:30:00Z"), ZONE);

    assertThat(schedule(clock, null).lastTermEndDue()).isEqualTo(LocalDate.of(2026, 5, 26));
    LedgerHead head =
        new LedgerHead(
            1,
            1,
            "0".repeat(64),
            Instant.parse("2026-05-27T17:30:00Z").atOffset(ZoneOffset.UTC).toLocalDateTime());
    assertThat(head.day(schedule(clock, null).schoolZone())).isEqualTo(LocalDate.of(2026, 5, 28));
  }

  private static ArchiveSchedule schedule(Clock clock, CheckLog log) {
    return new ArchiveSchedule(
        clock, ZONE, ArchiveFixture.properties(Path.of("a"), Path.of("b")), log);
  }
}
