package ru.netcity.mock.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntPredicate;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Subject;
import ru.netcity.mock.school.Term;

/**
 * What a queued report was asked for.
 *
 * @param student one student, or empty for the whole class (SID "-1")
 * @param term the term, or empty for the whole year (TERMID "-1")
 * @param from first lesson date included
 * @param to last lesson date included
 * @param subject the subject (SGID) of {@code studentgrades}, empty for the other reports
 * @param roster whom a whole-class report shows: the class's pupils at the moment (a pupil who left
 *     or moved is no longer on it, clause 3.3.1)
 */
public record ReportQuery(
    SchoolClass schoolClass,
    Optional<Student> student,
    Optional<Term> term,
    LocalDate from,
    LocalDate to,
    Optional<Subject> subject,
    IntPredicate roster) {

  /** A query that shows every pupil of the class (no roster at a moment). */
  public ReportQuery(
      SchoolClass schoolClass,
      Optional<Student> student,
      Optional<Term> term,
      LocalDate from,
      LocalDate to,
      Optional<Subject> subject) {
    this(schoolClass, student, term, from, to, subject, id -> true);
  }

  /** A query without a subject. */
  public ReportQuery(
      SchoolClass schoolClass,
      Optional<Student> student,
      Optional<Term> term,
      LocalDate from,
      LocalDate to) {
    this(schoolClass, student, term, from, to, Optional.empty(), id -> true);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  public boolean includes(int studentId) {
    return student.map(s -> s.id() == studentId).orElseGet(() -> roster.test(studentId));
  }
}
