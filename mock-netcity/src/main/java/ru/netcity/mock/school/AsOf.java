package ru.netcity.mock.school;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The journal as it stood at one moment: entries from their entry time on, each with the value it
 * had then, deleted marks until their deletion. Per-lesson lookups are computed on the fly from the
 * final school and its {@link History}; whole lists are computed once per moment.
 */
final class AsOf {
  private final School base;
  private final History history;
  private final LocalDateTime t;
  private final Map<Integer, List<Lesson>> lessonsByClass = new ConcurrentHashMap<>();
  private final Map<String, List<?>> lists = new ConcurrentHashMap<>();

  AsOf(School base, History history, LocalDateTime t) {
    this.base = base;
    this.history = history;
    this.t = t;
  }

  LocalDateTime moment() {
    return t;
  }

  Lesson lesson(Lesson l) {
    if (l.topicEnteredAt() == null || !l.topicEnteredAt().isAfter(t)) {
      return l;
    }
    return new Lesson(
        l.id(),
        l.classId(),
        l.date(),
        l.number(),
        l.start(),
        l.end(),
        l.subjectId(),
        l.teacherId(),
        l.room(),
        l.group(),
        null,
        null,
        l.untimed());
  }

  List<Lesson> lessonsOf(int classId, List<Lesson> all) {
    return lessonsByClass.computeIfAbsent(classId, k -> all.stream().map(this::lesson).toList());
  }

  Assignment assignment(Assignment a) {
    if (a.enteredAt().isAfter(t)) {
      return null;
    }
    List<Revision> revisions = history.homeworkRevisions(a.id());
    if (revisions.isEmpty()) {
      return a;
    }
    String name = History.valueAt(a.name(), revisions, t);
    if (name == null) {
      return null;
    }
    return new Assignment(
        a.id(), a.lessonId(), a.typeId(), name, a.dueDate(), a.weight(), a.enteredAt());
  }

  List<Assignment> assignments(List<Assignment> all) {
    List<Assignment> out = new ArrayList<>(all.size());
    for (Assignment a : all) {
      Assignment shown = assignment(a);
      if (shown != null) {
        out.add(shown);
      }
    }
    return out;
  }

  /** The mark as it stood at the moment, or null when not entered yet or already deleted. */
  Mark mark(Mark m) {
    LocalDateTime entered = history.enteredAt(m);
    if (entered.isAfter(t)) {
      return null;
    }
    List<Revision> revisions = history.markRevisions(m.id());
    if (revisions.isEmpty()) {
      return entered.equals(m.enteredAt())
          ? m
          : new Mark(
              m.id(),
              m.assignmentId(),
              m.studentId(),
              m.value(),
              m.dutyMark(),
              entered,
              m.previousValue(),
              m.changedAt());
    }
    String value = History.firstValue(History.markValue(m), revisions);
    Integer previous = null;
    LocalDateTime changedAt = null;
    for (Revision r : revisions) {
      if (r.at().isAfter(t)) {
        break;
      }
      if (r.deletion()) {
        return null;
      }
      previous = History.DOT.equals(r.before()) ? null : Integer.valueOf(r.before());
      changedAt = r.at();
      value = r.after();
    }
    boolean dot = History.DOT.equals(value);
    return new Mark(
        m.id(),
        m.assignmentId(),
        m.studentId(),
        dot ? 0 : Integer.parseInt(value),
        dot,
        entered,
        previous,
        changedAt);
  }

  List<Mark> marksOf(long assignmentId, List<Mark> all) {
    List<Mark> deleted = history.deletedMarksByAssignment.getOrDefault(assignmentId, List.of());
    List<Mark> out = new ArrayList<>(all.size() + deleted.size());
    for (Mark m : all) {
      Mark shown = mark(m);
      if (shown != null) {
        out.add(shown);
      }
    }
    for (Mark m : deleted) {
      Mark shown = mark(m);
      if (shown != null) {
        out.add(shown);
      }
    }
    return out;
  }

  Absence absence(Absence a) {
    if (a.enteredAt().isAfter(t)) {
      return null;
    }
    List<Revision> revisions = history.absenceRevisions(a.lessonId(), a.studentId());
    if (revisions.isEmpty()) {
      return a;
    }
    String code = History.valueAt(a.code(), revisions, t);
    return code == null ? null : new Absence(a.lessonId(), a.studentId(), code, a.enteredAt());
  }

  List<Absence> absences(List<Absence> all) {
    List<Absence> out = new ArrayList<>(all.size());
    for (Absence a : all) {
      Absence shown = absence(a);
      if (shown != null) {
        out.add(shown);
      }
    }
    return out;
  }

  TermMark termMark(TermMark m) {
    if (m.enteredAt().isAfter(t)) {
      return null;
    }
    List<Revision> revisions = history.termMarkRevisions(m);
    if (revisions.isEmpty()) {
      return m;
    }
    String value = History.valueAt(Integer.toString(m.value()), revisions, t);
    return value == null
        ? null
        : new TermMark(
            m.studentId(), m.subjectId(), m.termId(), Integer.parseInt(value), m.enteredAt());
  }

  List<TermMark> termMarks(List<TermMark> all) {
    List<TermMark> out = new ArrayList<>(all.size());
    for (TermMark m : all) {
      TermMark shown = termMark(m);
      if (shown != null) {
        out.add(shown);
      }
    }
    return out;
  }

  /** Every mark standing at the moment (deleted ones while they stood), ordered by id. */
  List<Mark> allMarks() {
    return cached(
        "marks",
        () -> {
          List<Mark> out = new ArrayList<>();
          for (Mark m : base.finalMarks()) {
            Mark shown = mark(m);
            if (shown != null) {
              out.add(shown);
            }
          }
          for (Mark m : history.deletedMarks) {
            Mark shown = mark(m);
            if (shown != null) {
              out.add(shown);
            }
          }
          out.sort(Comparator.comparingLong(Mark::id));
          return out;
        });
  }

  /** The seeded violations whose evidence exists at the moment, in the truth's order. */
  List<Violation> violations(List<Violation> finalViolations) {
    return cached(
        "violations",
        () -> {
          List<Violation> out = new ArrayList<>();
          for (Violation v : finalViolations) {
            if (!history.knownFrom(v).isAfter(t)) {
              out.add(v);
            }
          }
          for (HistoryItem item : history.items) {
            if (item.violation() != null && !item.at().isAfter(t)) {
              out.add(item.violation());
            }
          }
          out.sort(Gen.VIOLATION_ORDER);
          return out;
        });
  }

  @SuppressWarnings("unchecked")
  <T> List<T> cached(String name, Supplier<List<T>> compute) {
    return (List<T>) lists.computeIfAbsent(name, k -> List.copyOf(compute.get()));
  }
}
