package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/**
 * «Доступ к журналу» indexed for the entry times of observations. An entry's time is its FIRST
 * entry (the row with «Было» empty) reached back from the latest row whose object, lesson, subject,
 * student and new value («Стало») match, following each edit's old value to the row that entered
 * it; the deadline rules judge that time (issue 11, item 3). The later writes (edits and deletions,
 * «Было» not empty) are listed apart as revisions, with their own times, for clause 2.3.3. The log
 * names no assignment, so two marks of equal value for one student in one lesson share one chain.
 */
final class JournalIndex {
  static final String TOPIC = "Тема урока";
  static final String HOMEWORK = "Домашнее задание";
  static final String MARK = "Оценка";
  static final String ABSENCE = "Отметка о посещении";
  static final String TERM_MARK = "Итоговая отметка";

  /** A lesson of the log: date, the «Урок» cell and the subject. */
  record Slot(LocalDate date, String lesson, String subject) {}

  /** A later write of the log (an edit or a deletion) on the entry of that object and slot. */
  record Revision(String object, Slot slot, Integer studentId, JournalAccessRow row) {}

  private record Key(String object, Slot slot, Integer studentId) {}

  /** A first entry of a lesson slot (not an edit): who made it, of what, for whom (or none). */
  private record Author(
      Integer studentId, String object, String value, String user, LocalDateTime at) {}

  /** The rows of each object, slot and student, oldest first. */
  private final Map<Key, List<JournalAccessRow>> rows = new HashMap<>();

  /** The topic rows of every lesson slot, in the log's order. */
  private final Map<Slot, List<JournalAccessRow>> topics = new LinkedHashMap<>();

  private final List<Revision> revisions = new ArrayList<>();
  private final Map<Slot, List<Author>> authors = new HashMap<>();

  JournalIndex(List<JournalAccessRow> log, Roster roster, Issues issues) {
    for (int i = 0; i < log.size(); i++) {
      JournalAccessRow row = log.get(i);
      if (row.enteredAt() == null || row.lessonDate() == null) {
        continue;
      }
      Slot slot = new Slot(row.lessonDate(), row.lesson(), row.subject());
      Integer studentId = null;
      if (TOPIC.equals(row.object())) {
        topics.computeIfAbsent(slot, k -> new ArrayList<>()).add(row);
      } else if (row.student() != null) {
        List<Integer> ids = roster.matches(row.student());
        if (ids.size() != 1) {
          issues.add(
              "journal-student",
              "#" + i,
              "journal access row #" + i + " matches " + ids.size() + " students of the roster");
          continue;
        }
        studentId = ids.get(0);
      }
      rows.computeIfAbsent(new Key(row.object(), slot, studentId), k -> new ArrayList<>()).add(row);
      if (!normal(row.before()).isEmpty()) {
        revisions.add(new Revision(row.object(), slot, studentId, row));
      } else if (!row.deletion() && row.user() != null && !normal(row.user()).isEmpty()) {
        authors
            .computeIfAbsent(slot, k -> new ArrayList<>())
            .add(
                new Author(
                    studentId,
                    row.object(),
                    normal(row.after()),
                    normal(row.user()),
                    row.enteredAt()));
      }
    }
    rows.values().forEach(list -> list.sort(Comparator.comparing(JournalAccessRow::enteredAt)));
  }

  /**
   * The row that first entered the value: the chain of edits followed back to the row with «Было»
   * empty (its time is when the AIS says the value was first entered; its user who made it), or
   * null when the log shows no such entry.
   */
  JournalAccessRow firstEntry(String object, Slot slot, Integer studentId, String value) {
    List<JournalAccessRow> list = rows.get(new Key(object, slot, studentId));
    if (list == null) {
      return null;
    }
    int at = latest(list, list.size(), normal(value));
    if (at < 0) {
      return null;
    }
    // Each step goes strictly back in the list, so the walk ends.
    while (true) {
      String before = normal(list.get(at).before());
      if (before.isEmpty()) {
        return list.get(at);
      }
      int earlier = latest(list, at, before);
      if (earlier < 0) {
        return list.get(at);
      }
      at = earlier;
    }
  }

  /** The index of the latest row before {@code end} that entered that value, or -1. */
  private static int latest(List<JournalAccessRow> list, int end, String value) {
    for (int i = end - 1; i >= 0; i--) {
      JournalAccessRow row = list.get(i);
      if (!row.deletion() && normal(row.after()).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /** When the AIS says an entry of that value was deleted (the latest such row), or null. */
  LocalDateTime deletedAt(String object, Slot slot, Integer studentId, String value) {
    List<JournalAccessRow> list = rows.getOrDefault(new Key(object, slot, studentId), List.of());
    String wanted = normal(value);
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).deletion() && normal(list.get(i).before()).equals(wanted)) {
        return list.get(i).enteredAt();
      }
    }
    return null;
  }

  /**
   * The topics of every lesson slot that are there now, oldest first. Group lessons at one bell
   * each have their own record: every first entry («Было» empty) starts one, a later write carries
   * on the record whose value it changes, and a deletion ends it.
   */
  Map<Slot, List<Topic>> topics() {
    Map<Slot, List<Topic>> live = new LinkedHashMap<>();
    topics.forEach((slot, list) -> live.put(slot, chains(list)));
    return live;
  }

  /**
   * One topic record of a lesson slot.
   *
   * @param first the row that entered the record (with «Было» empty): its time and who made it
   * @param latest its latest row
   */
  record Topic(JournalAccessRow first, JournalAccessRow latest) {
    LocalDateTime firstEnteredAt() {
      return first.enteredAt();
    }
  }

  private static List<Topic> chains(List<JournalAccessRow> rows) {
    List<JournalAccessRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(JournalAccessRow::enteredAt));
    List<Topic> chains = new ArrayList<>();
    for (JournalAccessRow row : sorted) {
      String before = normal(row.before());
      int at = -1;
      for (int i = chains.size() - 1; i >= 0 && !before.isEmpty(); i--) {
        JournalAccessRow latest = chains.get(i).latest();
        if (!latest.deletion() && normal(latest.after()).equals(before)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        chains.add(new Topic(row, row));
      } else {
        chains.set(at, new Topic(chains.get(at).first(), row));
      }
    }
    chains.removeIf(t -> t.latest().deletion());
    return chains;
  }

  /**
   * Who taught a lesson of the slot, as the log names the user of its earliest first entry: of any
   * entry when the lesson is the slot's only one; of a parallel group lesson (the log names no
   * group) only the entries for students of its group and the entry of its own homework (the
   * diary's text of it). Null when the log shows none.
   *
   * @param group the students whose diary shows the lesson, or null for the whole class
   * @param homework the lesson's homework texts as the diary shows them
   */
  String teacher(Slot slot, Set<Integer> group, boolean parallel, Set<String> homework) {
    Author first = null;
    for (Author a : authors.getOrDefault(slot, List.of())) {
      boolean ours =
          a.studentId() == null
              ? !parallel || HOMEWORK.equals(a.object()) && homework.contains(a.value())
              : group == null || group.contains(a.studentId());
      if (ours && (first == null || a.at().isBefore(first.at()))) {
        first = a;
      }
    }
    return first == null ? null : first.user();
  }

  /** The edits and deletions of the log, in its order. */
  List<Revision> revisions() {
    return revisions;
  }

  /** HTML cells lose repeated and non-breaking spaces that the diary JSON keeps. */
  static String normal(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00a0' || Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
