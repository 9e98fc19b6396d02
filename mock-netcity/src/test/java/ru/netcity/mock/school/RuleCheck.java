package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent re-check of the rules with the default parameters of the ground truth, written
 * against the public {@link School} API only, so that it does not share the generator's code.
 */
final class RuleCheck {
  private static final Set<Integer> WRITTEN_TYPES = Set.of(2, 4, 5, 6);
  private static final Set<String> VALID_CODES = Set.of("Б", "УП", "ОСВ");

  private final School school;
  private final int extraMarks;
  private final double exemptShare;
  private final List<Violation> found = new ArrayList<>();
  private final Map<Long, LocalTime> lastEnd = new HashMap<>();

  /** Days whose end no time tells: an untimed lesson above bell 7 and above every timed one. */
  private final Set<Long> unknownEnd = new java.util.HashSet<>();

  private RuleCheck(School school, int extraMarks, double exemptShare) {
    this.school = school;
    this.extraMarks = extraMarks;
    this.exemptShare = exemptShare;
    for (Lesson l : school.lessons()) {
      // 2.2: the school's last lesson of the day (every class of the mock is in the first shift)
      lastEnd.merge(l.date().toEpochDay(), l.end(), (a, b) -> a.isAfter(b) ? a : b);
    }
    // lessons without times take the bell schedule of bells 1-7 (the rule set's bells) or a
    // time shown for their number that day
    Map<Long, Integer> timedMax = new HashMap<>();
    Map<Long, Set<Integer>> shown = new HashMap<>();
    for (Lesson l : school.lessons()) {
      if (!l.untimed() || l.number() <= 7) {
        timedMax.merge(l.date().toEpochDay(), l.number(), Math::max);
      }
      if (!l.untimed()) {
        shown
            .computeIfAbsent(l.date().toEpochDay(), d -> new java.util.HashSet<>())
            .add(l.number());
      }
    }
    for (Lesson l : school.lessons()) {
      long day = l.date().toEpochDay();
      if (l.untimed()
          && l.number() > 7
          && !shown.getOrDefault(day, Set.of()).contains(l.number())
          && l.number() > timedMax.getOrDefault(day, 0)) {
        unknownEnd.add(day);
      }
    }
  }

  static List<Violation> check(School school) {
    return check(school, 0, 0.3);
  }

  /**
   * With stricter parameters than the defaults: {@code extraMarks} more marks required per term and
   * another valid-absence share for the 2.3.2 exemption.
   */
  static List<Violation> check(School school, int extraMarks, double exemptShare) {
    RuleCheck check = new RuleCheck(school, extraMarks, exemptShare);
    check.lessonRecords();
    check.homework();
    check.sufficiency();
    check.writtenWorks();
    check.retroactive();
    check.finalMarks();
    check.found.sort(
        Comparator.comparing(Violation::rule)
            .thenComparing(Violation::className)
            .thenComparing(Violation::subject)
            .thenComparing(Violation::lessonDate)
            .thenComparing(Violation::student, Comparator.nullsFirst(Comparator.naturalOrder())));
    return check.found;
  }

  /** A lesson's breach: the teachers of that day's lessons of the subject (of s's group). */
  private void add(String rule, String severity, Lesson l, LocalDate date, Student s) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Lesson x : school.lessonsOf(l.classId())) {
      if (x.date().equals(date)
          && x.subjectId() == l.subjectId()
          && (s == null || x.group() == 0 || x.group() == s.group())) {
        names.add(school.teacher(x.teacherId()).shortName());
      }
    }
    add(rule, severity, l.classId(), l.subjectId(), date, s, String.join(", ", names));
  }

  /**
   * The teachers of that day's lessons of the subject the journal log tells: a lesson alone at its
   * bell by any row; one of two groups' lessons at a bell by a mark or an absence of its pupils or
   * by its homework when the other's text differs.
   */
  private String shown(Lesson l) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Lesson x : school.lessonsOf(l.classId())) {
      if (x.date().equals(l.date()) && x.subjectId() == l.subjectId() && shownTeacher(x)) {
        names.add(school.teacher(x.teacherId()).shortName());
      }
    }
    return String.join(", ", names);
  }

  private boolean shownTeacher(Lesson x) {
    Lesson other =
        school.lessonsOf(x.classId()).stream()
            .filter(
                o ->
                    o.id() != x.id()
                        && o.date().equals(x.date())
                        && o.number() == x.number()
                        && o.subjectId() == x.subjectId())
            .findFirst()
            .orElse(null);
    if (other == null || !school.absencesOf(x.id()).isEmpty()) {
      return true;
    }
    if (school.assignmentsOf(x.id()).stream().anyMatch(a -> !school.marksOf(a.id()).isEmpty())) {
      return true;
    }
    String own = homeworkText(x);
    return own != null && !own.equals(homeworkText(other));
  }

  private String homeworkText(Lesson l) {
    return school.assignmentsOf(l.id()).stream()
        .filter(a -> a.typeId() == 3)
        .map(Assignment::name)
        .findFirst()
        .orElse(null);
  }

  /** A term's breach: the teacher of most of the pupil's lessons of the subject in the term. */
  private void add(
      String rule, String severity, int classId, int subjectId, LocalDate termEnd, Student s) {
    int grade = school.schoolClass(classId).orElseThrow().grade();
    Term term =
        school.termsOf(grade).stream()
            .filter(t -> t.end().equals(termEnd))
            .findFirst()
            .orElse(null);
    Map<Integer, Integer> count = new HashMap<>();
    Integer best = null;
    for (Lesson x : school.lessonsOf(classId)) {
      if (x.subjectId() == subjectId
          && (term == null || term.contains(x.date()))
          && (x.group() == 0 || x.group() == s.group())) {
        int n = count.merge(x.teacherId(), 1, Integer::sum);
        best = best == null || n >= count.get(best) ? x.teacherId() : best;
      }
    }
    add(rule, severity, classId, subjectId, termEnd, s, school.teacher(best).shortName());
  }

  private void add(
      String rule,
      String severity,
      int classId,
      int subjectId,
      LocalDate date,
      Student s,
      String teacher) {
    found.add(
        new Violation(
            rule,
            severity,
            school.schoolClass(classId).orElseThrow().name(),
            school.subject(subjectId).name(),
            date,
            s == null ? null : s.nickName(),
            teacher.isEmpty() ? null : teacher));
  }

  /** 2.1: same day ok, next day a warning, later or never a violation; each group's lesson. */
  private void lessonRecords() {
    for (Lesson l : school.lessons()) {
      String severity =
          l.topicEnteredAt() == null ? "нарушение" : sameDay(l.date(), l.topicEnteredAt());
      if (severity != null && l.topicEnteredAt() == null && l.group() != 0) {
        // one group's record missing at a shared bell: the log cannot tell whose, nobody is named
        add("LESSON_RECORD_SAME_DAY", severity, l.classId(), l.subjectId(), l.date(), null, "");
      } else if (severity != null) {
        add("LESSON_RECORD_SAME_DAY", severity, l, l.date(), null);
      }
    }
    for (Absence a : school.absences()) {
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      String severity = sameDay(l.date(), a.enteredAt());
      // an absence someone else entered in the lesson names him: he made the late entry
      String teacher = school.teacher(l.teacherId()).shortName();
      String by = school.history().absenceBy(l.id(), a.studentId(), teacher);
      if (severity != null && !by.equals(teacher)) {
        Student s = student(a.studentId());
        add("LESSON_RECORD_SAME_DAY", severity, l.classId(), l.subjectId(), l.date(), s, by);
      } else if (severity != null) {
        add("LESSON_RECORD_SAME_DAY", severity, l, l.date(), student(a.studentId()));
      }
    }
  }

  private static String sameDay(LocalDate lessonDate, LocalDateTime entered) {
    LocalDate day = entered.toLocalDate();
    if (day.equals(lessonDate)) {
      return null;
    }
    return day.equals(lessonDate.plusDays(1)) ? "предупреждение" : "нарушение";
  }

  /** 2.2: on the lesson day, ≤ 5 h after the end of the school's last lesson of that day. */
  private void homework() {
    for (Assignment a : school.assignments()) {
      if (a.typeId() != 3) {
        continue;
      }
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      if (unknownEnd.contains(l.date().toEpochDay())) {
        add("HOMEWORK_WITHIN_5H", "сведения", l.classId(), l.subjectId(), l.date(), null, shown(l));
        continue;
      }
      LocalDateTime deadline = l.date().atTime(lastEnd.get(l.date().toEpochDay())).plusHours(5);
      if (!a.enteredAt().toLocalDate().equals(l.date()) || a.enteredAt().isAfter(deadline)) {
        add("HOMEWORK_WITHIN_5H", "нарушение", l, l.date(), null);
      }
    }
  }

  /** 2.3.1 and 2.3.2: minimum marks per student, subject and term unless validly absent ≥ 30 %. */
  private void sufficiency() {
    Map<String, int[]> marks = new HashMap<>();
    for (Mark m : school.marks()) {
      if (!m.dutyMark()) {
        Lesson l = lessonOf(m);
        marks
            .computeIfAbsent(m.studentId() + "/" + l.subjectId() + "/" + l.date(), k -> new int[1])[
            0]++;
      }
    }
    Map<String, String> absence = new HashMap<>();
    for (Absence a : school.absences()) {
      absence.put(a.lessonId() + "/" + a.studentId(), a.code());
    }
    for (SchoolClass c : school.classes()) {
      List<Term> terms = school.termsOf(c.grade());
      for (int id : c.studentIds()) {
        Student s = student(id);
        // per subject and term: lessons attended by the student's group, valid absences, marks
        Map<Integer, int[]> cells = new HashMap<>();
        Map<Integer, Map<LocalDate, Integer>> weeks = new HashMap<>();
        // per term: the class's school days and his own (part terms, clause 3.3.1)
        Map<Integer, Set<LocalDate>> classDays = new HashMap<>();
        Map<Integer, Set<LocalDate>> ownDays = new HashMap<>();
        for (Lesson l : school.lessonsOf(c.id())) {
          int t = 0;
          while (!terms.get(t).contains(l.date())) {
            t++;
          }
          classDays.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(l.date());
          if (!l.isFor(s) || !school.enrolledIn(id, c.id(), l.date())) {
            continue;
          }
          ownDays.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(l.date());
          int[] cell = cells.computeIfAbsent(l.subjectId() * 10 + t, k -> new int[3]);
          weeks
              .computeIfAbsent(l.subjectId() * 10 + t, k -> new HashMap<>())
              .merge(l.date().with(java.time.DayOfWeek.MONDAY), 1, Integer::sum);
          cell[0]++;
          String code = absence.get(l.id() + "/" + id);
          cell[1] += code != null && VALID_CODES.contains(code) ? 1 : 0;
          int[] n = marks.get(id + "/" + l.subjectId() + "/" + l.date());
          cell[2] += n == null ? 0 : n[0];
        }
        // judged only in the subjects and groups of the student's own lessons (design.md §4)
        for (var e : new java.util.TreeMap<>(cells).entrySet()) {
          int subjectId = e.getKey() / 10;
          Term term = terms.get(e.getKey() % 10);
          int[] cell = e.getValue();
          int h = mostFrequent(weeks.get(e.getKey()));
          int min = h == 1 ? 3 : h == 2 ? 5 : (int) Math.ceil(8.0 * h / 3);
          min = (term.halfYear() ? 2 * min : min) + extraMarks;
          int t = e.getKey() % 10;
          min = PartTerm.minMarks(min, ownDays.get(t).size(), classDays.get(t).size());
          if (cell[2] < min) {
            boolean exempt = cell[1] >= exemptShare * cell[0];
            add(
                exempt ? "SUFFICIENCY_EXEMPT" : "MARK_SUFFICIENCY",
                exempt ? "сведения" : "нарушение",
                c.id(),
                subjectId,
                term.end(),
                s);
          }
        }
      }
    }
  }

  /** The student's own lessons of a subject per week: the most frequent count (ties: larger). */
  private static int mostFrequent(Map<LocalDate, Integer> perWeek) {
    Map<Integer, Integer> frequency = new java.util.TreeMap<>();
    perWeek.values().forEach(n -> frequency.merge(n, 1, Integer::sum));
    int best = 0;
    int bestCount = 0;
    for (var f : frequency.entrySet()) {
      if (f.getValue() >= bestCount) {
        best = f.getKey();
        bestCount = f.getValue();
      }
    }
    return best;
  }

  /** 2.3.1: in a written work every student present must carry a mark. */
  private void writtenWorks() {
    for (Assignment a : school.assignments()) {
      if (!WRITTEN_TYPES.contains(a.typeId())) {
        continue;
      }
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      Set<Integer> absent =
          Set.copyOf(school.absencesOf(l.id()).stream().map(Absence::studentId).toList());
      Set<Integer> marked =
          Set.copyOf(
              school.marksOf(a.id()).stream()
                  .filter(m -> !m.dutyMark())
                  .map(Mark::studentId)
                  .toList());
      for (int id : school.schoolClass(l.classId()).orElseThrow().studentIds()) {
        Student s = student(id);
        if (l.isFor(s)
            && school.enrolledIn(id, l.classId(), l.date())
            && !absent.contains(id)
            && !marked.contains(id)) {
          add("MARK_SUFFICIENCY", "нарушение", l, l.date(), s);
        }
      }
    }
  }

  /** 2.3.3: a mark entered or changed later than the day after its lesson. */
  private void retroactive() {
    for (Mark m : school.marks()) {
      Lesson l = lessonOf(m);
      LocalDate limit = l.date().plusDays(1);
      boolean late = m.enteredAt().toLocalDate().isAfter(limit);
      boolean changed = m.changedAt() != null && m.changedAt().toLocalDate().isAfter(limit);
      if (late || changed) {
        add("NO_RETROACTIVE_CHANGE", "нарушение", l, l.date(), student(m.studentId()));
      }
    }
  }

  /**
   * 4.3: term and year marks by the end of the day after the term end, and none missing of a pupil
   * with marks in the subject in that term (the year: in any term).
   */
  private void finalMarks() {
    Set<String> entered = new java.util.HashSet<>();
    for (TermMark m : school.termMarks()) {
      entered.add(m.studentId() + "/" + m.subjectId() + "/" + m.termId());
    }
    Map<String, Object[]> due = new java.util.TreeMap<>();
    for (Mark m : school.marks()) {
      Lesson l = lessonOf(m);
      if (m.dutyMark() || student(m.studentId()).classId() != l.classId()) {
        continue;
      }
      List<Term> terms = school.termsOf(school.schoolClass(l.classId()).orElseThrow().grade());
      Term t = terms.stream().filter(x -> x.contains(l.date())).findFirst().orElseThrow();
      String cell = m.studentId() + "/" + l.subjectId() + "/";
      LocalDate yearEnd = terms.get(terms.size() - 1).end();
      // due of a pupil in the class on the term's (the year's) last day: one who left has none
      if (school.enrolledIn(m.studentId(), l.classId(), t.end())) {
        due.put(cell + t.id(), new Object[] {l, t.end(), m.studentId()});
      }
      if (school.enrolledIn(m.studentId(), l.classId(), yearEnd)) {
        due.put(cell + TermMark.YEAR, new Object[] {l, yearEnd, m.studentId()});
      }
    }
    due.forEach(
        (key, d) -> {
          if (!entered.contains(key)) {
            Lesson l = (Lesson) d[0];
            add(
                "FINAL_MARKS_WITHIN_1DAY",
                "нарушение",
                l.classId(),
                l.subjectId(),
                (LocalDate) d[1],
                student((int) d[2]));
          }
        });
    for (TermMark m : school.termMarks()) {
      Student s = student(m.studentId());
      SchoolClass c = school.schoolClass(s.classId()).orElseThrow();
      List<Term> terms = school.termsOf(c.grade());
      LocalDate end =
          m.termId() == TermMark.YEAR
              ? terms.get(terms.size() - 1).end()
              : terms.stream().filter(t -> t.id() == m.termId()).findFirst().orElseThrow().end();
      String by = school.history().termMarkBy(m, "");
      if (m.enteredAt().toLocalDate().isAfter(end.plusDays(1)) && !by.isEmpty()) {
        add("FINAL_MARKS_WITHIN_1DAY", "нарушение", c.id(), m.subjectId(), end, s, by);
      } else if (m.enteredAt().toLocalDate().isAfter(end.plusDays(1))) {
        add("FINAL_MARKS_WITHIN_1DAY", "нарушение", c.id(), m.subjectId(), end, s);
      }
    }
  }

  private Lesson lessonOf(Mark m) {
    return school
        .lesson(school.assignment(m.assignmentId()).orElseThrow().lessonId())
        .orElseThrow();
  }

  private Student student(int id) {
    return school.student(id).orElseThrow();
  }
}
