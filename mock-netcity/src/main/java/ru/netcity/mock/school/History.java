package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to the journal before its final state: later writes to entries, marks that existed
 * for a while and were deleted, written works graded days after they were held, the entries someone
 * other than the lesson's teacher made, and when each seeded violation became knowable. The final
 * state ({@link School} without a moment) ignores it; {@link School#at} replays it. Filled once by
 * the generator, read-only afterwards.
 */
public final class History {
  /** Days after a written work within which grading it is not retroactive (design.md §4). */
  public static final int GRADING_DAYS = 7;

  static final String DOT = ".";

  final Map<Long, List<Revision>> marks = new HashMap<>();
  final Map<Long, List<Mark>> deletedMarksByAssignment = new HashMap<>();
  final List<Mark> deletedMarks = new ArrayList<>();
  final Map<Long, List<Revision>> absences = new HashMap<>();
  final Map<Long, List<Revision>> homework = new HashMap<>();
  final Map<Long, List<Revision>> termMarks = new HashMap<>();
  final Map<Long, LocalDateTime> gradedAt = new HashMap<>();

  /** Who first entered an absence (by {@link #absenceKey}) when not the lesson's teacher. */
  final Map<Long, String> absenceBy = new HashMap<>();

  /** Who first entered a term mark (by {@link #termMarkKey}) when not the pupil's teacher. */
  final Map<Long, String> termMarkBy = new HashMap<>();

  final List<HistoryItem> items = new ArrayList<>();
  final Map<Violation, LocalDateTime> knownFrom = new IdentityHashMap<>();

  /** The seeded history events in the order they were made. */
  public List<HistoryItem> items() {
    return List.copyOf(items);
  }

  /** Marks that existed for a while and were deleted; their last revision is the deletion. */
  public List<Mark> deletedMarks() {
    return List.copyOf(deletedMarks);
  }

  /** Later writes to a mark (deleted ones included), oldest first. */
  public List<Revision> markRevisions(long markId) {
    return marks.getOrDefault(markId, List.of());
  }

  public List<Revision> absenceRevisions(long lessonId, int studentId) {
    return absences.getOrDefault(absenceKey(lessonId, studentId), List.of());
  }

  public List<Revision> homeworkRevisions(long assignmentId) {
    return homework.getOrDefault(assignmentId, List.of());
  }

  public List<Revision> termMarkRevisions(TermMark mark) {
    return termMarks.getOrDefault(termMarkKey(mark), List.of());
  }

  /**
   * Who first entered the absence, as the journal log names him: a colleague or the deputy director
   * the generator chose, else the lesson's teacher.
   */
  public String absenceBy(long lessonId, int studentId, String lessonTeacher) {
    return absenceBy.getOrDefault(absenceKey(lessonId, studentId), lessonTeacher);
  }

  /** Who first entered the term mark: the deputy director where she did, else the teacher. */
  public String termMarkBy(TermMark mark, String teacher) {
    return termMarkBy.getOrDefault(termMarkKey(mark), teacher);
  }

  /** When the mark was first entered: a late grading moves it, otherwise the mark's own time. */
  public LocalDateTime enteredAt(Mark mark) {
    return gradedAt.getOrDefault(mark.id(), mark.enteredAt());
  }

  /** The value first entered: the "before" of the first revision, else the final value. */
  static String firstValue(String finalValue, List<Revision> revisions) {
    return revisions.isEmpty() ? finalValue : revisions.get(0).before();
  }

  /** The value at {@code t}, or null once deleted. */
  static String valueAt(String finalValue, List<Revision> revisions, LocalDateTime t) {
    String value = firstValue(finalValue, revisions);
    for (Revision r : revisions) {
      if (r.at().isAfter(t)) {
        break;
      }
      value = r.after();
    }
    return value;
  }

  /**
   * When a seeded violation can first be known: its evidence (a late entry, or a deadline passed
   * with nothing entered) exists from then on. Violations seeded without a time count from the day
   * after their lesson date.
   */
  public LocalDateTime knownFrom(Violation v) {
    LocalDateTime at = knownFrom.get(v);
    return at != null ? at : v.lessonDate().plusDays(1).atStartOfDay();
  }

  static long absenceKey(long lessonId, int studentId) {
    return lessonId * 100_000L + studentId;
  }

  static long termMarkKey(TermMark m) {
    return m.studentId() * 10_000L + m.subjectId() * 10L + m.termId();
  }

  static String markValue(Mark m) {
    return m.dutyMark() ? DOT : Integer.toString(m.value());
  }

  static LocalDate day(LocalDateTime at) {
    return at.toLocalDate();
  }
}
