package ru.netcity.mock.school;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What happened in the AIS between two moments: every write of the journal log with {@code from <
 * at <= to}, in the ledger's terms. A mark turning into a dot (or back) is two changes at the same
 * moment: the old kind DELETED and the new kind ADDED.
 */
public final class Changes {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::at)
          .thenComparing(Change::className)
          .thenComparing(Change::lessonDate)
          .thenComparing(Change::key)
          .thenComparing(Change::change, Comparator.reverseOrder());

  private Changes() {}

  public static List<Change> between(School school, LocalDateTime from, LocalDateTime to) {
    School base = school.base();
    JournalLog log = new JournalLog(base, true);
    List<Change> out = new ArrayList<>();
    for (SchoolClass c : base.classes()) {
      for (Lesson lesson : base.lessonsOf(c.id())) {
        if (lesson.date().isAfter(to.toLocalDate())) {
          break;
        }
        String group = topicGroup(base, lesson);
        for (JournalLog.Entry e : log.lesson(lesson, true, id -> true)) {
          add(base, c, e, group, from, to, out);
        }
      }
      for (JournalLog.Entry e : log.termMarks(c, base.yearStart(), base.yearEnd(), id -> true)) {
        add(base, c, e, "", from, to, out);
      }
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * What a sync at {@code to} sees changed since a sync at {@code from}: the writes of the span
   * folded per ledger key into one change from the state at {@code from} to the state at {@code to}
   * (ADDED, CHANGED or DELETED with the last write's time and user); a key back at its first value,
   * or added and deleted within the span, drops out.
   */
  public static List<Change> net(School school, LocalDateTime from, LocalDateTime to) {
    java.util.Map<String, List<Change>> byKey = new java.util.LinkedHashMap<>();
    for (Change c : between(school, from, to)) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<Change> out = new ArrayList<>();
    for (List<Change> writes : byKey.values()) {
      Change first = writes.get(0);
      Change last = writes.get(writes.size() - 1);
      String before = first.previous();
      String after = last.value();
      if (Objects.equals(before, after)) {
        continue;
      }
      out.add(
          new Change(
              last.kind(),
              verb(before, after),
              last.className(),
              last.subject(),
              last.lessonDate(),
              last.student(),
              after,
              before,
              last.at(),
              last.by(),
              last.key(),
              last.classId(),
              last.lesson(),
              last.lessonNumber(),
              last.studentId(),
              last.assignmentId()));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * The suffix of a group's topic key: each group's lesson at a shared bell has its own record, the
   * second and later by the time of first entry keyed {@code #2}, … (mapping/UnitObservations).
   */
  private static String topicGroup(School base, Lesson lesson) {
    if (lesson.group() == 0 || lesson.topicEnteredAt() == null) {
      return "";
    }
    List<Lesson> all = base.lessonsOf(lesson.classId());
    int from = 0;
    int to = all.size();
    while (from < to) {
      int mid = (from + to) >>> 1;
      if (all.get(mid).date().isBefore(lesson.date())) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    int rank = 1;
    for (int i = from; i < all.size() && all.get(i).date().equals(lesson.date()); i++) {
      Lesson o = all.get(i);
      if (o.id() != lesson.id()
          && o.number() == lesson.number()
          && o.subjectId() == lesson.subjectId()
          && o.topicEnteredAt() != null
          && (o.topicEnteredAt().isBefore(lesson.topicEnteredAt())
              // the journal log lists writes of the same moment in lesson order
              || o.topicEnteredAt().equals(lesson.topicEnteredAt()) && o.id() < lesson.id())) {
        rank++;
      }
    }
    return rank == 1 ? "" : "#" + rank;
  }

  private static void add(
      School base,
      SchoolClass c,
      JournalLog.Entry e,
      String group,
      LocalDateTime from,
      LocalDateTime to,
      List<Change> out) {
    if (!e.at().isAfter(from) || e.at().isAfter(to)) {
      return;
    }
    String before = e.before().isEmpty() ? null : e.before();
    String after = e.after().isEmpty() ? null : e.after();
    if (!e.object().equals(JournalLog.MARK)) {
      out.add(change(base, c, e, group, e.object(), verb(before, after), after, before));
      return;
    }
    String kindBefore = before == null ? null : markKind(before);
    String kindAfter = after == null ? null : markKind(after);
    if (kindBefore != null && kindAfter != null && !kindBefore.equals(kindAfter)) {
      out.add(change(base, c, e, group, kindBefore, "DELETED", null, before));
      out.add(change(base, c, e, group, kindAfter, "ADDED", after, null));
    } else {
      String kind = Objects.requireNonNullElse(kindAfter, kindBefore);
      out.add(change(base, c, e, group, kind, verb(before, after), after, before));
    }
  }

  private static String verb(String before, String after) {
    return before == null ? "ADDED" : after == null ? "DELETED" : "CHANGED";
  }

  private static String markKind(String value) {
    return History.DOT.equals(value) ? "DOT" : "MARK";
  }

  private static Change change(
      School base,
      SchoolClass c,
      JournalLog.Entry e,
      String group,
      String kind,
      String verb,
      String value,
      String previous) {
    String subject = base.subject(e.subjectId()).name();
    String student =
        e.studentId() == 0 ? null : base.student(e.studentId()).orElseThrow().nickName();
    return new Change(
        kind,
        verb,
        c.name(),
        subject,
        e.lessonDate(),
        student,
        value,
        previous,
        e.at(),
        e.by(),
        key(kind, e, subject) + ("TOPIC".equals(kind) ? group : ""),
        c.id(),
        e.lesson().toString(),
        e.lessonNumber(),
        e.studentId(),
        e.assignmentId());
  }

  /** The gateway ledger's key of the entry (mapping/UnitObservations). */
  static String key(String kind, JournalLog.Entry e, String subject) {
    return switch (kind) {
      case "TOPIC" ->
          "TOPIC:%d:%s:%d:%s".formatted(e.classId(), e.lessonDate(), e.lessonNumber(), subject);
      case "HOMEWORK" -> "HOMEWORK:" + e.assignmentId();
      case "MARK", "DOT" -> kind + ":" + e.assignmentId() + ":" + e.studentId();
      case "ABSENCE" ->
          "ABSENCE:%d:%s:%d".formatted(e.studentId(), e.lessonDate(), e.lessonNumber());
      default -> "TERM_MARK:%d:%s:%s".formatted(e.studentId(), subject, e.lesson());
    };
  }

  /** {@code {"from", "to", "changes": [...]}}, one object per change in a fixed field order. */
  public static String toJson(School school, LocalDateTime from, LocalDateTime to) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("from", from.toString());
    root.put("to", to.toString());
    ArrayNode list = root.putArray("changes");
    for (Change c : between(school, from, to)) {
      ObjectNode n = list.addObject();
      n.put("kind", c.kind());
      n.put("change", c.change());
      n.put("className", c.className());
      n.put("subject", c.subject());
      n.put("lessonDate", c.lessonDate().toString());
      n.put("student", c.student());
      n.put("value", c.value());
      n.put("previous", c.previous());
      n.put("at", c.at().toString());
      n.put("by", c.by());
      n.put("key", c.key());
      n.put("classId", c.classId());
      n.put("lesson", c.lesson());
      n.put("lessonNumber", c.lessonNumber());
      n.put("studentId", c.studentId() == 0 ? null : c.studentId());
      n.put("assignmentId", c.assignmentId() == 0 ? null : c.assignmentId());
    }
    return GroundTruth.print(root);
  }

  public static void write(School school, LocalDateTime from, LocalDateTime to, Path file) {
    try {
      Files.writeString(file, toJson(school, from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
