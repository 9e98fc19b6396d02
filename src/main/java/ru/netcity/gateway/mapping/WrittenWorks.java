package ru.netcity.gateway.mapping;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import ru.netcity.gateway.mapping.JournalIndex.Slot;

/**
 * The written works of one unit and the students whose diary shows each: a split class's group is
 * known only this way, and clause 2.3.1 asks for a mark from every present student of that group.
 */
final class WrittenWorks {
  /** One work as the diaries showed it. */
  record Work(WorkCategory category, Slot slot, TreeSet<Integer> students) {
    String ledgerValue() {
      StringBuilder value = new StringBuilder();
      value.append(category).append('|').append(slot.lesson()).append('|');
      String separator = "";
      for (int student : students) {
        value.append(separator).append(student);
        separator = ",";
      }
      return value.toString();
    }
  }

  private final Map<Long, Work> works = new TreeMap<>();

  void seen(long assignmentId, WorkCategory category, Slot slot, int studentId) {
    works
        .computeIfAbsent(assignmentId, id -> new Work(category, slot, new TreeSet<>()))
        .students()
        .add(studentId);
  }

  void forEach(BiConsumer<Long, Work> action) {
    works.forEach(action);
  }
}
