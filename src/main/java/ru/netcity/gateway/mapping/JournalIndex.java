package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.netcity.report.JournalAccessRow;

/**
 * «Доступ к журналу» indexed for the entry times of observations: the latest row whose object,
 * lesson, subject, student and new value («Стало») match. The log names no assignment, so two marks
 * of equal value for one student in one lesson share the latest time. Deletion rows (empty «Стало»)
 * are no entry of a current value; they are indexed apart by the deleted value («Было»).
 */
final class JournalIndex {
  static final String TOPIC = "Тема урока";
  static final String HOMEWORK = "Домашнее задание";
  static final String MARK = "Оценка";
  static final String ABSENCE = "Отметка о посещении";
  static final String TERM_MARK = "Итоговая отметка";

  /** A lesson of the log: date, the «Урок» cell and the subject. */
  record Slot(LocalDate date, String lesson, String subject) {}

  private record Key(String object, Slot slot, Integer studentId, String value) {}

  private final Map<Key, LocalDateTime> latest = new HashMap<>();
  private final Map<Key, LocalDateTime> deleted = new HashMap<>();
  private final Map<Slot, JournalAccessRow> topics = new LinkedHashMap<>();

  JournalIndex(List<JournalAccessRow> rows, Roster roster, Issues issues) {
    for (int i = 0; i < rows.size(); i++) {
      JournalAccessRow row = rows.get(i);
      if (row.enteredAt() == null || row.lessonDate() == null) {
        continue;
      }
      Slot slot = new Slot(row.lessonDate(), row.lesson(), row.subject());
      // A topic's latest row decides: a deletion row means the lesson has no topic now.
      if (TOPIC.equals(row.object())) {
        topics.merge(slot, row, (a, b) -> b.enteredAt().isAfter(a.enteredAt()) ? b : a);
        continue;
      }
      Integer studentId = null;
      if (row.student() != null) {
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
      if (row.deletion()) {
        deleted.merge(
            new Key(row.object(), slot, studentId, normal(row.before())),
            row.enteredAt(),
            (a, b) -> b.isAfter(a) ? b : a);
        continue;
      }
      latest.merge(
          new Key(row.object(), slot, studentId, normal(row.after())),
          row.enteredAt(),
          (a, b) -> b.isAfter(a) ? b : a);
    }
  }

  /** When the AIS says the value was entered, or null when the log shows no such entry. */
  LocalDateTime enteredAt(String object, Slot slot, Integer studentId, String value) {
    return latest.get(new Key(object, slot, studentId, normal(value)));
  }

  /** When the AIS says an entry of that value was deleted (the latest such row), or null. */
  LocalDateTime deletedAt(String object, Slot slot, Integer studentId, String value) {
    return deleted.get(new Key(object, slot, studentId, normal(value)));
  }

  /** The latest topic row of every lesson slot (a deletion row included), in the log's order. */
  Map<Slot, JournalAccessRow> topics() {
    return topics;
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
