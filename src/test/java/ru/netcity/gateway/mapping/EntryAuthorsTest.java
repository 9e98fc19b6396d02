package ru.netcity.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.mapping.JournalIndex.Slot;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/**
 * An AUTHOR entry is recorded only for a write whose user taught none of the entry's lessons: the
 * deputy director's edit, a colleague's absence in a group he does not teach, the deputy's term
 * mark; never for the lesson's own teacher, so a school whose authors are its teachers gains none,
 * nor where the log does not tell the lesson's teacher.
 */
class EntryAuthorsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 9);
  private static final Slot LESSON = new Slot(DAY, "2", "Английский язык");
  private static final Slot TERM =
      new Slot(LocalDate.of(2025, 10, 24), "1 четверть", "Английский язык");

  @Test
  void onlyWritesOfSomeoneWhoTaughtNoneOfTheEntrysLessonsAreRecorded() {
    EntryAuthors authors = new EntryAuthors();
    // two groups at one bell: Белова teaches pupil 1, Жукова pupil 2
    authors.taught(LESSON, Set.of(1), "Белова Н. С.");
    authors.taught(LESSON, Set.of(2), "Жукова Т. А.");
    authors.made("TOPIC:7:2025-09-09:2:Английский язык", LESSON, null, row("Белова Н. С."));
    authors.made("MARK:11:1", LESSON, 1, row("Белова Н. С."));
    authors.made("ABSENCE:2:2025-09-09:2", LESSON, 2, row("Белова Н. С."));
    authors.made("REVISION:x", LESSON, 1, row("Шамрина И. В."));
    authors.made("TERM_MARK:1:Английский язык:1 четверть", TERM, 1, row("Белова Н. С."));
    authors.made("TERM_MARK:2:Английский язык:1 четверть", TERM, 2, row("Шамрина И. В."));
    authors.made("HOMEWORK:5", LESSON, null, row(" "));
    // a lesson whose teacher the log does not tell: whether the user taught it is unknown
    Slot untold = new Slot(DAY, "4", "История");
    authors.taught(untold, null, null);
    authors.made("TOPIC:7:2025-09-09:4:История", untold, null, row("Шамрина И. В."));

    List<Observation> out = new ArrayList<>();
    authors.forEach(7, out::add);

    assertThat(out)
        .extracting(Observation::key, Observation::value, Observation::studentId)
        .containsExactly(
            tuple("AUTHOR:ABSENCE:2:2025-09-09:2", "Белова Н. С.", 2),
            tuple("AUTHOR:REVISION:x", "Шамрина И. В.", 1),
            tuple("AUTHOR:TERM_MARK:2:Английский язык:1 четверть", "Шамрина И. В.", 2));
    assertThat(out)
        .allSatisfy(
            o -> {
              assertThat(o.kind()).isEqualTo(EntryKind.AUTHOR);
              assertThat(o.classId()).isEqualTo(7);
              assertThat(o.aisEnteredAt()).isEqualTo(DAY.atTime(13, 0));
            });
  }

  private static JournalAccessRow row(String user) {
    return new JournalAccessRow(
        DAY.atTime(13, 0), user, "7А", "Английский язык", DAY, "2", null, "Оценка", null, "5");
  }
}
