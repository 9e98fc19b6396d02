package ru.netcity.gateway.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mapstruct.factory.Mappers;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.mapping.JournalIndex.Slot;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;
import ru.netcity.gateway.netcity.dto.AssignmentType;
import ru.netcity.gateway.netcity.dto.Diary;
import ru.netcity.gateway.netcity.dto.DiaryAssignment;
import ru.netcity.gateway.netcity.dto.DiaryLesson;
import ru.netcity.gateway.netcity.report.AbsenceRow;
import ru.netcity.gateway.netcity.report.JournalAccessRow;
import ru.netcity.gateway.netcity.report.ReportHtml;
import ru.netcity.gateway.netcity.report.TermMarkRow;

/**
 * Turns one unit's pull (diaries, reports, roster, terms, types) into the observations the ledger
 * records, keeping only lesson dates inside the unit's window. Unknown codes and rows that cannot
 * be tied to one student become {@link DataQualityIssue}s; names never reach an issue.
 */
public final class UnitObservations {
  /** The term name of the year mark. */
  static final String YEAR = ReportHtml.YEAR;

  private static final DiaryLessonMapper LESSONS = Mappers.getMapper(DiaryLessonMapper.class);

  /** What one unit pulled for its class; diaries are keyed by student id. */
  public record Input(
      List<StudentRef> roster,
      Map<Integer, List<Diary>> diariesByStudent,
      List<AbsenceRow> attendance,
      List<JournalAccessRow> journal,
      List<TermMarkRow> termMarks,
      List<TermRef> terms,
      List<AssignmentType> types) {
    public Input {
      roster = roster == null ? List.of() : List.copyOf(roster);
      diariesByStudent = diariesByStudent == null ? Map.of() : Map.copyOf(diariesByStudent);
      attendance = attendance == null ? List.of() : List.copyOf(attendance);
      journal = journal == null ? List.of() : List.copyOf(journal);
      termMarks = termMarks == null ? List.of() : List.copyOf(termMarks);
      terms = terms == null ? List.of() : List.copyOf(terms);
      types = types == null ? List.of() : List.copyOf(types);
    }
  }

  /** The observations ordered by kind (then as first seen) and the unit's data-quality issues. */
  public record Result(List<Observation> observations, List<DataQualityIssue> issues) {}

  private final UnitScope scope;
  private final CodeTables tables;
  private final Issues issues;
  private final Roster roster;
  private final JournalIndex journal;
  private final Map<Integer, String> typeNames = new HashMap<>();
  private final Map<String, Observation> out = new LinkedHashMap<>();
  private final WrittenWorks works = new WrittenWorks();
  private final EntryAuthors authors = new EntryAuthors();

  /** The students whose diary shows each lesson, and the lesson itself, by ledger key. */
  private final Map<String, TreeSet<Integer>> lessonStudents = new HashMap<>();

  private final Map<String, LessonRecord> lessonRecords = new HashMap<>();

  /** The homework texts of each lesson, by ledger key (whose teacher entered it). */
  private final Map<String, Set<String>> lessonHomework = new HashMap<>();

  private UnitObservations(UnitScope scope, Input input, CodeTables tables) {
    this.scope = scope;
    this.tables = tables;
    this.issues = new Issues(scope.key());
    this.roster = new Roster(input.roster());
    this.journal = new JournalIndex(input.journal(), roster, issues);
    input.types().forEach(t -> typeNames.put(t.id(), t.name()));
  }

  public static Result build(UnitScope scope, Input input, CodeTables tables) {
    UnitObservations unit = new UnitObservations(scope, input, tables);
    new TreeMap<>(input.diariesByStudent()).forEach(unit::diaries);
    unit.groups(input.diariesByStudent().size());
    unit.teachers(input.diariesByStudent().size());
    unit.works();
    unit.topics();
    unit.absences(input.attendance());
    unit.termMarks(input.termMarks(), input.terms());
    unit.terms(input.terms());
    unit.revisions();
    unit.authors.forEach(scope.classId(), o -> unit.out.putIfAbsent(o.key(), o));
    List<Observation> sorted =
        unit.out.values().stream().sorted(Comparator.comparing(Observation::kind)).toList();
    return new Result(sorted, unit.issues.list());
  }

  private void diaries(int studentId, List<Diary> diaries) {
    for (Diary diary : diaries) {
      for (DiaryLesson lesson : diary.lessons()) {
        LessonRecord r = LESSONS.toRecord(lesson);
        if (r.date() == null || !scope.covers(r.date())) {
          continue;
        }
        Slot slot = slotOf(r);
        // Every student's diary repeats the lesson: the first diary that shows an entry of the
        // whole lesson records it (as emit would), the others skip building it again.
        String lessonKey = "LESSON:" + r.id();
        if (!out.containsKey(lessonKey)) {
          emit(EntryKind.LESSON, lessonKey, slot, null, r.ledgerValue(), null);
          lessonRecords.put(lessonKey, r);
        }
        lessonStudents.computeIfAbsent(lessonKey, k -> new TreeSet<>()).add(studentId);
        for (DiaryAssignment a : lesson.assignments()) {
          Optional<WorkCategory> category = category(a.typeId());
          if (category.isPresent() && category.get().isGradedLater()) {
            works.seen(a.id(), category.get(), slot, studentId);
          }
          if (category.isPresent() && category.get() == WorkCategory.HOMEWORK) {
            homework(a, slot);
            lessonHomework
                .computeIfAbsent(lessonKey, k -> new HashSet<>())
                .add(JournalIndex.normal(a.assignmentName()));
          }
          if (a.mark() != null) {
            mark(studentId, a, slot);
          }
        }
      }
    }
  }

  /**
   * A lesson that not every diary of the unit shows is a group's (a split class, a subject one
   * group takes, a pupil who arrived or left): its value names the students whose diary shows it,
   * so the audit counts each student's own lessons. The entry keeps its place in the order.
   */
  private void groups(int diaries) {
    lessonStudents.forEach(
        (key, students) -> {
          if (students.size() < diaries) {
            Observation o = out.get(key);
            String value = lessonRecords.get(key).ledgerValue(students);
            out.put(
                key,
                new Observation(
                    o.kind(),
                    key,
                    o.classId(),
                    o.lessonDate(),
                    o.subject(),
                    null,
                    value,
                    o.aisEnteredAt()));
          }
        });
  }

  /**
   * Each lesson's teacher as the journal log names who made its first entries (a substitute in the
   * lessons he taught), with the lesson's group as {@link #groups} names it.
   */
  private void teachers(int diaries) {
    Map<Slot, Integer> atSlot = new HashMap<>();
    lessonRecords.values().forEach(r -> atSlot.merge(slotOf(r), 1, Integer::sum));
    // a homework text two lessons of a slot share tells neither's teacher
    Map<Slot, Map<String, Integer>> texts = new HashMap<>();
    lessonHomework.forEach(
        (key, names) ->
            names.forEach(
                n ->
                    texts
                        .computeIfAbsent(slotOf(lessonRecords.get(key)), k -> new HashMap<>())
                        .merge(n, 1, Integer::sum)));
    for (String key : List.copyOf(out.keySet())) {
      LessonRecord r = lessonRecords.get(key);
      if (r == null) {
        continue;
      }
      Slot slot = slotOf(r);
      TreeSet<Integer> students = lessonStudents.get(key);
      TreeSet<Integer> group = students.size() < diaries ? students : null;
      Set<String> own = new HashSet<>(lessonHomework.getOrDefault(key, Set.of()));
      own.removeIf(n -> texts.get(slot).get(n) > 1);
      String teacher = journal.teacher(slot, group, atSlot.get(slot) > 1, own);
      authors.taught(slot, group, teacher);
      if (teacher != null) {
        StringBuilder value = new StringBuilder().append(r.number()).append('|').append(teacher);
        if (group != null) {
          value.append('|').append(String.join(",", group.stream().map(String::valueOf).toList()));
        }
        emit(EntryKind.TEACHER, "TEACHER:" + r.id(), slot, null, value.toString(), null);
      }
    }
  }

  private static Slot slotOf(LessonRecord r) {
    return new Slot(r.date(), Integer.toString(r.number()), r.subject());
  }

  /** Homework of the whole lesson, recorded from the first diary that shows it. */
  private void homework(DiaryAssignment a, Slot slot) {
    String key = "HOMEWORK:" + a.id();
    if (!out.containsKey(key)) {
      String name = JournalIndex.normal(a.assignmentName());
      JournalAccessRow first = journal.firstEntry(JournalIndex.HOMEWORK, slot, null, name);
      authors.made(key, slot, null, first);
      emit(EntryKind.HOMEWORK, key, slot, null, name, timeOf(first));
    }
  }

  private void mark(int studentId, DiaryAssignment a, Slot slot) {
    boolean dot = a.mark().isDot();
    Optional<String> value = dot ? Optional.of(tables.dot()) : tables.markText(a.mark().mark());
    if (value.isEmpty()) {
      String code = String.valueOf(a.mark().mark());
      issues.add(CodeTables.MARK_SCALE, code, "a mark outside the mark scale");
      return;
    }
    JournalAccessRow first = journal.firstEntry(JournalIndex.MARK, slot, studentId, value.get());
    EntryKind kind = dot ? EntryKind.DOT : EntryKind.MARK;
    String key = kind + ":" + a.id() + ":" + studentId;
    authors.made(key, slot, studentId, first);
    emit(kind, key, slot, studentId, value.get(), timeOf(first));
  }

  private Optional<WorkCategory> category(int typeId) {
    String name = typeNames.get(typeId);
    if (name == null) {
      issues.add(
          CodeTables.ASSIGNMENT_TYPES, "#" + typeId, "an assignment type id the AIS does not list");
      return Optional.empty();
    }
    Optional<WorkCategory> category = tables.workCategory(name);
    if (category.isEmpty()) {
      issues.add(
          CodeTables.ASSIGNMENT_TYPES, name, "an assignment type name missing from the table");
    }
    return category;
  }

  /** One entry per written work, naming the students whose diary shows it (its group). */
  private void works() {
    works.forEach(
        (id, work) ->
            emit(EntryKind.WORK, "WORK:" + id, work.slot(), null, work.ledgerValue(), null));
  }

  /** The class's terms that start inside the window, so each is recorded once. */
  private void terms(List<TermRef> terms) {
    for (TermRef t : terms) {
      if (t.start() != null && t.end() != null && scope.covers(t.start())) {
        String key = "TERM:%d:%d".formatted(scope.classId(), t.id());
        Slot slot = new Slot(t.start(), t.name(), null);
        emit(EntryKind.TERM, key, slot, null, t.name() + "|" + t.start() + "|" + t.end(), null);
      }
    }
  }

  /**
   * Topics by lesson slot; group lessons at one bell each have their own record, the second and
   * later (in order of first entry) keyed with {@code #2}, {@code #3}, … after the slot's key.
   */
  private void topics() {
    journal
        .topics()
        .forEach(
            (slot, topics) -> {
              if (!scope.covers(slot.date())) {
                return;
              }
              String key =
                  "TOPIC:%d:%s:%s:%s"
                      .formatted(scope.classId(), slot.date(), slot.lesson(), slot.subject());
              for (int i = 0; i < topics.size(); i++) {
                JournalIndex.Topic t = topics.get(i);
                String own = i == 0 ? key : key + "#" + (i + 1);
                authors.made(own, slot, null, t.first());
                emit(EntryKind.TOPIC, own, slot, null, t.latest().after(), t.firstEnteredAt());
              }
            });
  }

  private void absences(List<AbsenceRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      AbsenceRow row = rows.get(i);
      if (row.date() == null || !scope.covers(row.date())) {
        continue;
      }
      Integer studentId = student(row.student(), "attendance-student", i);
      if (studentId == null) {
        continue;
      }
      if (tables.reason(row.code()).isEmpty()) {
        issues.add(
            CodeTables.ATTENDANCE_CODES, row.code(), "an attendance letter missing from the table");
      }
      Slot slot = new Slot(row.date(), Integer.toString(row.lessonNumber()), row.subject());
      String key = "ABSENCE:%d:%s:%d".formatted(studentId, row.date(), row.lessonNumber());
      JournalAccessRow first =
          journal.firstEntry(JournalIndex.ABSENCE, slot, studentId, row.code());
      authors.made(key, slot, studentId, first);
      emit(EntryKind.ABSENCE, key, slot, studentId, row.code(), timeOf(first));
    }
  }

  private void termMarks(List<TermMarkRow> rows, List<TermRef> terms) {
    Map<String, LocalDate> ends = new HashMap<>();
    terms.forEach(t -> ends.put(t.name(), t.end()));
    terms.stream()
        .map(TermRef::end)
        .max(Comparator.naturalOrder())
        .ifPresent(e -> ends.put(YEAR, e));
    for (int i = 0; i < rows.size(); i++) {
      TermMarkRow row = rows.get(i);
      LocalDate end = ends.get(row.term());
      if (end == null) {
        issues.add("terms", row.term(), "a term column that is not a term of the class");
        continue;
      }
      if (!scope.covers(end)) {
        continue;
      }
      int studentId = row.studentId();
      Optional<String> value = tables.markText(row.mark());
      if (value.isEmpty()) {
        String code = String.valueOf(row.mark());
        issues.add(CodeTables.MARK_SCALE, code, "a term mark outside the mark scale");
        continue;
      }
      Slot slot = new Slot(end, row.term(), row.subject());
      String key = "TERM_MARK:%d:%s:%s".formatted(studentId, row.subject(), row.term());
      JournalAccessRow first =
          journal.firstEntry(JournalIndex.TERM_MARK, slot, studentId, value.get());
      authors.made(key, slot, studentId, first);
      emit(EntryKind.TERM_MARK, key, slot, studentId, value.get(), timeOf(first));
    }
  }

  /**
   * The journal log's edits and deletions of the window, one entry each (clause 2.3.3 judges them
   * by their own time): {@code <kind>|<CHANGED or DELETED>|<before>→<after>}. The key names the
   * slot, the student, the object and the time, with a counter for writes of one minute.
   */
  private void revisions() {
    Map<String, Integer> seen = new HashMap<>();
    for (JournalIndex.Revision r : journal.revisions()) {
      Optional<EntryKind> kind = revisedKind(r);
      if (kind.isEmpty() || !scope.covers(r.slot().date())) {
        continue;
      }
      JournalAccessRow row = r.row();
      String base =
          "REVISION:%d:%s:%s:%s:%s:%s:%08x"
              .formatted(
                  scope.classId(),
                  r.slot().date(),
                  r.slot().lesson(),
                  r.studentId() == null ? "-" : r.studentId(),
                  kind.get(),
                  row.enteredAt(),
                  String.valueOf(r.slot().subject()).hashCode());
      int n = seen.merge(base, 1, Integer::sum);
      String value =
          kind.get()
              + "|"
              + (row.deletion() ? "DELETED" : "CHANGED")
              + "|"
              + JournalIndex.normal(row.before())
              + "→"
              + JournalIndex.normal(row.after());
      String key = n == 1 ? base : base + ":" + n;
      authors.made(key, r.slot(), r.studentId(), row);
      emit(EntryKind.REVISION, key, r.slot(), r.studentId(), value, row.enteredAt());
    }
  }

  /** The kind of entry a log write touched; a mark row holding the dot is a dot's. */
  private Optional<EntryKind> revisedKind(JournalIndex.Revision r) {
    String value = JournalIndex.normal(r.row().deletion() ? r.row().before() : r.row().after());
    return switch (r.object()) {
      case JournalIndex.TOPIC -> Optional.of(EntryKind.TOPIC);
      case JournalIndex.HOMEWORK -> Optional.of(EntryKind.HOMEWORK);
      case JournalIndex.ABSENCE -> Optional.of(EntryKind.ABSENCE);
      case JournalIndex.TERM_MARK -> Optional.of(EntryKind.TERM_MARK);
      case JournalIndex.MARK ->
          Optional.of(value.equals(tables.dot()) ? EntryKind.DOT : EntryKind.MARK);
      default -> Optional.empty();
    };
  }

  /** The one roster id of a report row's name, or null after recording an issue by row index. */
  private Integer student(String fullName, String table, int row) {
    List<Integer> ids = roster.matches(fullName);
    if (ids.size() == 1) {
      return ids.get(0);
    }
    issues.add(table, "#" + row, "row #" + row + " matches " + ids.size() + " roster students");
    return null;
  }

  private static LocalDateTime timeOf(JournalAccessRow row) {
    return row == null ? null : row.enteredAt();
  }

  private void emit(
      EntryKind kind, String key, Slot slot, Integer student, String value, LocalDateTime at) {
    out.putIfAbsent(
        key,
        new Observation(
            kind, key, scope.classId(), slot.date(), slot.subject(), student, value, at));
  }
}
