package ru.netcity.gateway.mapping;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.mapping.JournalIndex.Slot;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/**
 * Who made each entry (its first write) and each edit, as the journal log names the user, kept as
 * an {@link EntryKind#AUTHOR} entry only where that user taught none of the entry's lessons: the
 * deputy director, or a colleague, writing in someone else's lesson. An entry its own lesson's
 * teacher made needs none, so a school whose authors are its teachers keeps the ledger it had.
 */
final class EntryAuthors {
  /**
   * A lesson's teacher (null when the log does not tell) and the students of its group (null: the
   * whole class).
   */
  private record Taught(Set<Integer> group, String teacher) {
    boolean covers(Integer student) {
      return group == null || student == null || group.contains(student);
    }
  }

  private record Made(Slot slot, Integer studentId, String user, LocalDateTime at) {}

  private final Map<Slot, List<Taught>> bySlot = new HashMap<>();
  private final Map<String, List<Taught>> bySubject = new HashMap<>();
  private final Map<String, Made> made = new LinkedHashMap<>();

  /**
   * A lesson of the slot, taught by the teacher (null when the log does not tell) to the group
   * (null: the whole class).
   */
  void taught(Slot slot, Set<Integer> group, String teacher) {
    Taught t = new Taught(group, teacher);
    bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(t);
    bySubject.computeIfAbsent(slot.subject(), k -> new ArrayList<>()).add(t);
  }

  /** The log's row that made the entry of that ledger key (its first entry, or an edit). */
  void made(String key, Slot slot, Integer studentId, JournalAccessRow row) {
    if (row == null || JournalIndex.normal(row.user()).isEmpty()) {
      return;
    }
    made.putIfAbsent(
        key, new Made(slot, studentId, JournalIndex.normal(row.user()), row.enteredAt()));
  }

  /**
   * The AUTHOR entries ({@code AUTHOR:<entry key>}, value the user, time the write's) of the writes
   * whose user taught none of the entry's lessons: the lessons of its slot that the student takes,
   * or, when the slot has none (a term mark), the student's lessons of the subject in the unit. A
   * write is left out when the unit knows no such lesson, or one of them has a teacher the log does
   * not tell (he may be the user).
   */
  void forEach(int classId, Consumer<Observation> out) {
    made.forEach(
        (key, m) -> {
          List<Taught> lessons = covering(bySlot.get(m.slot()), m.studentId());
          if (lessons.isEmpty()) {
            lessons = covering(bySubject.get(m.slot().subject()), m.studentId());
          }
          if (!lessons.isEmpty()
              && lessons.stream()
                  .allMatch(t -> t.teacher() != null && !t.teacher().equals(m.user()))) {
            out.accept(
                new Observation(
                    EntryKind.AUTHOR,
                    "AUTHOR:" + key,
                    classId,
                    m.slot().date(),
                    m.slot().subject(),
                    m.studentId(),
                    m.user(),
                    m.at()));
          }
        });
  }

  /** The lessons of the list the student takes (every one for an entry of no student). */
  private static List<Taught> covering(List<Taught> lessons, Integer student) {
    return lessons == null ? List.of() : lessons.stream().filter(t -> t.covers(student)).toList();
  }
}
