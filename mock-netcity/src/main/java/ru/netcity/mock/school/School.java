package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generated school, immutable once built by {@link SchoolGenerator}. The mock's endpoints read
 * it through the lookups below; the lists are in a stable order (by id, or by date and number).
 */
public final class School {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tomsk");

  private final int id;
  private final String name;
  private final String shortName;
  private final int yearId;
  private final LocalDate yearStart;
  private final LocalDate yearEnd;
  private final List<Term> terms;
  private final Set<LocalDate> holidays;
  private final List<Bell> bells;
  private final List<Subject> subjects;
  private final List<AssignmentType> assignmentTypes;
  private final List<Teacher> teachers;
  private final List<SchoolClass> classes;
  private final List<Student> students;
  private final List<PlanRow> plan;
  private final List<Lesson> lessons;
  private final List<Assignment> assignments;
  private final List<Mark> marks;
  private final List<Absence> absences;
  private final List<TermMark> termMarks;
  private final List<Violation> violations;
  private final List<Account> accounts;
  private final long seed;

  private final Map<Integer, SchoolClass> classById = new HashMap<>();
  private final Map<Integer, Student> studentById = new HashMap<>();
  private final Map<Integer, Subject> subjectById = new HashMap<>();
  private final Map<Integer, Teacher> teacherById = new HashMap<>();
  private final Map<Long, Lesson> lessonById = new HashMap<>();
  private final Map<Integer, List<Lesson>> lessonsByClass = new HashMap<>();
  private final Map<Long, List<Assignment>> assignmentsByLesson = new HashMap<>();
  private final Map<Long, Assignment> assignmentById = new HashMap<>();
  private final Map<Long, List<Mark>> marksByAssignment = new HashMap<>();
  private final Map<Long, List<Absence>> absencesByLesson = new HashMap<>();
  private final Map<Integer, List<TermMark>> termMarksByStudent = new HashMap<>();

  School(
      int id,
      String name,
      String shortName,
      int yearId,
      LocalDate yearStart,
      LocalDate yearEnd,
      List<Term> terms,
      Set<LocalDate> holidays,
      List<Bell> bells,
      List<Subject> subjects,
      List<AssignmentType> assignmentTypes,
      List<Teacher> teachers,
      List<SchoolClass> classes,
      List<Student> students,
      List<PlanRow> plan,
      List<Lesson> lessons,
      List<Assignment> assignments,
      List<Mark> marks,
      List<Absence> absences,
      List<TermMark> termMarks,
      List<Violation> violations,
      List<Account> accounts,
      long seed) {
    this.id = id;
    this.name = name;
    this.shortName = shortName;
    this.yearId = yearId;
    this.yearStart = yearStart;
    this.yearEnd = yearEnd;
    this.terms = List.copyOf(terms);
    this.holidays = Set.copyOf(holidays);
    this.bells = List.copyOf(bells);
    this.subjects = List.copyOf(subjects);
    this.assignmentTypes = List.copyOf(assignmentTypes);
    this.teachers = List.copyOf(teachers);
    this.classes = List.copyOf(classes);
    this.students = List.copyOf(students);
    this.plan = List.copyOf(plan);
    this.lessons = List.copyOf(lessons);
    this.assignments = List.copyOf(assignments);
    this.marks = List.copyOf(marks);
    this.absences = List.copyOf(absences);
    this.termMarks = List.copyOf(termMarks);
    this.violations = List.copyOf(violations);
    this.accounts = List.copyOf(accounts);
    this.seed = seed;
    classes.forEach(c -> classById.put(c.id(), c));
    students.forEach(s -> studentById.put(s.id(), s));
    subjects.forEach(s -> subjectById.put(s.id(), s));
    teachers.forEach(t -> teacherById.put(t.id(), t));
    for (Lesson lesson : lessons) {
      lessonById.put(lesson.id(), lesson);
      lessonsByClass.computeIfAbsent(lesson.classId(), k -> new ArrayList<>()).add(lesson);
    }
    lessonsByClass
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparing(Lesson::date)
                        .thenComparing(Lesson::start)
                        .thenComparingInt(Lesson::group)));
    for (Assignment a : assignments) {
      assignmentById.put(a.id(), a);
      assignmentsByLesson.computeIfAbsent(a.lessonId(), k -> new ArrayList<>()).add(a);
    }
    marks.forEach(
        m -> marksByAssignment.computeIfAbsent(m.assignmentId(), k -> new ArrayList<>()).add(m));
    absences.forEach(
        a -> absencesByLesson.computeIfAbsent(a.lessonId(), k -> new ArrayList<>()).add(a));
    termMarks.forEach(
        t -> termMarksByStudent.computeIfAbsent(t.studentId(), k -> new ArrayList<>()).add(t));
  }

  public int id() {
    return id;
  }

  /** The seed the school was generated from. */
  public long seed() {
    return seed;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public int yearId() {
    return yearId;
  }

  public LocalDate yearStart() {
    return yearStart;
  }

  public LocalDate yearEnd() {
    return yearEnd;
  }

  /** Quarters first, then half-years, each in date order. */
  public List<Term> terms() {
    return terms;
  }

  /** The terms a grade is assessed by: quarters for 7–9, half-years for 10–11. */
  public List<Term> termsOf(int grade) {
    boolean halfYear = grade >= 10;
    return terms.stream().filter(t -> t.halfYear() == halfYear).toList();
  }

  /** Holidays and vacation days that fall on weekdays. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Saturdays worked under a weekday's timetable (transferred working days). */
  public Set<LocalDate> workingDays() {
    return Set.of(SchoolCalendar.WORKING_SATURDAY);
  }

  public List<Bell> bells() {
    return bells;
  }

  public List<Subject> subjects() {
    return subjects;
  }

  public List<AssignmentType> assignmentTypes() {
    return assignmentTypes;
  }

  public List<Teacher> teachers() {
    return teachers;
  }

  public List<SchoolClass> classes() {
    return classes;
  }

  public List<Student> students() {
    return students;
  }

  public List<PlanRow> plan() {
    return plan;
  }

  public List<Lesson> lessons() {
    return lessons;
  }

  public List<Assignment> assignments() {
    return assignments;
  }

  public List<Mark> marks() {
    return marks;
  }

  public List<Absence> absences() {
    return absences;
  }

  public List<TermMark> termMarks() {
    return termMarks;
  }

  public List<Violation> violations() {
    return violations;
  }

  public List<Account> accounts() {
    return accounts;
  }

  public Optional<SchoolClass> schoolClass(int classId) {
    return Optional.ofNullable(classById.get(classId));
  }

  public Optional<Student> student(int studentId) {
    return Optional.ofNullable(studentById.get(studentId));
  }

  public Subject subject(int subjectId) {
    return subjectById.get(subjectId);
  }

  public Teacher teacher(int teacherId) {
    return teacherById.get(teacherId);
  }

  public Optional<Lesson> lesson(long lessonId) {
    return Optional.ofNullable(lessonById.get(lessonId));
  }

  public Optional<Assignment> assignment(long assignmentId) {
    return Optional.ofNullable(assignmentById.get(assignmentId));
  }

  /** Lessons of a class ordered by date, start time and group. */
  public List<Lesson> lessonsOf(int classId) {
    return lessonsByClass.getOrDefault(classId, List.of());
  }

  public List<Assignment> assignmentsOf(long lessonId) {
    return assignmentsByLesson.getOrDefault(lessonId, List.of());
  }

  public List<Mark> marksOf(long assignmentId) {
    return marksByAssignment.getOrDefault(assignmentId, List.of());
  }

  public List<Absence> absencesOf(long lessonId) {
    return absencesByLesson.getOrDefault(lessonId, List.of());
  }

  public List<TermMark> termMarksOf(int studentId) {
    return termMarksByStudent.getOrDefault(studentId, List.of());
  }

  public Optional<Account> account(String login) {
    return accounts.stream().filter(a -> a.login().equalsIgnoreCase(login)).findFirst();
  }
}
