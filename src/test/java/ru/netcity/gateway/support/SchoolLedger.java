package ru.netcity.gateway.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.ledger.TestChain;
import ru.netcity.gateway.mapping.CodeTables;
import ru.netcity.gateway.mapping.LessonRecord;
import ru.netcity.gateway.mapping.WorkCategory;
import ru.netcity.mock.school.Absence;
import ru.netcity.mock.school.Assignment;
import ru.netcity.mock.school.Lesson;
import ru.netcity.mock.school.Mark;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.school.Term;
import ru.netcity.mock.school.TermMark;

/**
 * Fills a ledger straight from a generated school, without HTTP: the observations the sync would
 * make of each class and term (same keys and values as {@code UnitObservations}), recorded through
 * {@link Ledger#recordUnit} so that events, hash chain and current state are the real ones. Used by
 * the audit benchmark, where syncing 2000 students over HTTP would take far longer than the audit;
 * {@code SchoolLedgerTest} checks that an audit of it gives the ground truth.
 */
public final class SchoolLedger {
  private static final CodeTables TABLES = CodeTables.load();

  private final School school;
  private final Map<Integer, String> typeNames = new HashMap<>();

  public SchoolLedger(School school) {
    this.school = school;
    school.assignmentTypes().forEach(t -> typeNames.put(t.id(), t.name()));
  }

  /**
   * Writes one complete full run: the run, a DONE unit per class and term, the rosters, and per
   * observation its current state and one BASELINE event, chained with the ledger's real hashes
   * (the archive re-verifies them). Batched JDBC rather than {@code Ledger.recordUnit}, which would
   * take minutes for 2000 students. Returns the run id.
   */
  public String fill(DataSource dataSource, Clock clock) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String runId = UUID.randomUUID().toString();
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String prev = TestChain.GENESIS;
    int units = school.classes().stream().mapToInt(c -> school.termsOf(c.grade()).size()).sum();
    jdbc.update(
        "INSERT INTO sync_run (id, school_id, started_at, finished_at, status, complete,"
            + " units_total, units_done) VALUES (?, ?, ?, ?, 'FINISHED', TRUE, ?, ?)",
        runId,
        school.id(),
        now.minusHours(1),
        now,
        units,
        units);
    long seq = 0;
    for (SchoolClass c : school.classes()) {
      jdbc.batchUpdate(
          "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
              + " VALUES (?, ?, ?, ?, ?)",
          // the roster as a sync reads it: who is in the class at the year's end
          school.students().stream()
              .filter(s -> s.classId() == c.id())
              .map(s -> new Object[] {school.id(), c.id(), c.name(), s.id(), runId})
              .toList());
      for (Term t : school.termsOf(c.grade())) {
        UnitScope scope = new UnitScope(school.id(), c.id(), t.start(), t.end());
        jdbc.update(
            "INSERT INTO work_unit (run_id, unit_key, school_id, class_id, window_from, window_to,"
                + " status, finished_at) VALUES (?, ?, ?, ?, ?, ?, 'DONE', ?)",
            runId,
            scope.key(),
            school.id(),
            c.id(),
            t.start(),
            t.end(),
            now);
      }
      List<Object[]> states = new ArrayList<>();
      List<Object[]> events = new ArrayList<>();
      for (Observation o : observations(c)) {
        seq++;
        String hash =
            TestChain.baselineHash(
                school.id(),
                seq,
                runId,
                "bench",
                o.kind(),
                o.key(),
                o.classId(),
                o.lessonDate(),
                o.subject(),
                o.studentId(),
                o.value(),
                o.aisEnteredAt(),
                now,
                prev);
        states.add(
            new Object[] {
              school.id(),
              o.key(),
              o.kind().name(),
              o.classId(),
              o.lessonDate(),
              o.subject(),
              o.studentId(),
              o.value(),
              o.aisEnteredAt(),
              now,
              seq
            });
        events.add(
            new Object[] {
              school.id(),
              seq,
              runId,
              o.kind().name(),
              o.key(),
              o.classId(),
              o.lessonDate(),
              o.subject(),
              o.studentId(),
              o.value(),
              o.aisEnteredAt(),
              now,
              prev,
              hash
            });
        prev = hash;
      }
      jdbc.batchUpdate(
          "INSERT INTO entry_state (school_id, entry_key, kind, class_id, lesson_date, subject,"
              + " student_id, value_text, ais_entered_at, first_seen_at, last_seq)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          states);
      jdbc.batchUpdate(
          "INSERT INTO ledger_event (school_id, seq, run_id, unit_key, kind, entry_key, class_id,"
              + " lesson_date, subject, student_id, value_text, ais_entered_at, first_seen_at,"
              + " change, prev_hash, hash) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " 'BASELINE', ?, ?)",
          events);
    }
    jdbc.update(
        "INSERT INTO ledger_head (school_id, seq, hash, first_run_id) VALUES (?, ?, ?, ?)",
        school.id(),
        seq,
        prev,
        runId);
    return runId;
  }

  /** The ids of a group's lesson as the sync records them; none when every student has it. */
  private List<Integer> group(List<Student> students, Lesson l) {
    List<Integer> ids = students.stream().filter(s -> shows(s, l)).map(Student::id).toList();
    return ids.size() < students.size() ? ids : List.of();
  }

  /** Whether the student's diary shows the lesson: his group's, while he is in the class. */
  private boolean shows(Student s, Lesson l) {
    return l.isFor(s) && school.enrolledIn(s.id(), l.classId(), l.date());
  }

  /** Everything the sync would observe of one class over the year. */
  public List<Observation> observations(SchoolClass c) {
    Map<String, Observation> out = new LinkedHashMap<>();
    // everyone the class had during the year: a pupil who moved in is on none of its base lists
    Set<Integer> everyone = new LinkedHashSet<>(c.studentIds());
    school.enrolments().stream()
        .filter(e -> e.classId() == c.id())
        .forEach(e -> everyone.add(e.studentId()));
    List<Student> students = everyone.stream().map(id -> school.student(id).orElseThrow()).toList();
    Map<String, List<Lesson>> topics = new LinkedHashMap<>();
    for (Lesson l : school.lessonsOf(c.id())) {
      String subject = school.subject(l.subjectId()).name();
      LessonRecord r =
          new LessonRecord(
              l.id(),
              l.date(),
              l.number(),
              l.untimed() ? null : l.start(),
              l.untimed() ? null : l.end(),
              subject,
              l.room());
      put(
          out,
          EntryKind.LESSON,
          "LESSON:" + l.id(),
          c,
          l.date(),
          subject,
          null,
          r.ledgerValue(group(students, l)),
          null);
      List<Integer> group = group(students, l);
      if (teacherShown(school, l)) {
        put(
            out,
            EntryKind.TEACHER,
            "TEACHER:" + l.id(),
            c,
            l.date(),
            subject,
            null,
            l.number()
                + "|"
                + school.teacher(l.teacherId()).shortName()
                + (group.isEmpty()
                    ? ""
                    : "|" + String.join(",", group.stream().map(String::valueOf).toList())),
            null);
      }
      // each group's lesson at a shared bell has its own record: the later ones keyed #2, …
      String topicKey = "TOPIC:%d:%s:%d:%s".formatted(c.id(), l.date(), l.number(), subject);
      if (l.topicEnteredAt() != null) {
        topics.computeIfAbsent(topicKey, k -> new ArrayList<>()).add(l);
      }
      for (Assignment a : school.assignmentsOf(l.id())) {
        Optional<WorkCategory> category = TABLES.workCategory(typeNames.get(a.typeId()));
        if (category.orElse(null) == WorkCategory.HOMEWORK) {
          put(
              out,
              EntryKind.HOMEWORK,
              "HOMEWORK:" + a.id(),
              c,
              l.date(),
              subject,
              null,
              a.name(),
              a.enteredAt());
        }
        if (category.isPresent() && category.get().isGradedLater()) {
          String ids =
              students.stream()
                  .filter(s -> shows(s, l))
                  .map(s -> Integer.toString(s.id()))
                  .collect(Collectors.joining(","));
          put(
              out,
              EntryKind.WORK,
              "WORK:" + a.id(),
              c,
              l.date(),
              subject,
              null,
              category.get() + "|" + l.number() + "|" + ids,
              null);
        }
        for (Mark m : school.marksOf(a.id())) {
          EntryKind kind = m.dutyMark() ? EntryKind.DOT : EntryKind.MARK;
          LocalDateTime at = m.changedAt() != null ? m.changedAt() : m.enteredAt();
          put(
              out,
              kind,
              kind + ":" + a.id() + ":" + m.studentId(),
              c,
              l.date(),
              subject,
              m.studentId(),
              m.dutyMark() ? "." : Integer.toString(m.value()),
              at);
        }
      }
      for (Absence a : school.absencesOf(l.id())) {
        String key = "ABSENCE:%d:%s:%d".formatted(a.studentId(), l.date(), l.number());
        put(
            out,
            EntryKind.ABSENCE,
            key,
            c,
            l.date(),
            subject,
            a.studentId(),
            a.code(),
            a.enteredAt());
        // who entered it, when the log names someone other than the lesson's teacher
        String teacher = school.teacher(l.teacherId()).shortName();
        String by = school.history().absenceBy(l.id(), a.studentId(), teacher);
        if (!by.equals(teacher)) {
          put(
              out,
              EntryKind.AUTHOR,
              "AUTHOR:" + key,
              c,
              l.date(),
              subject,
              a.studentId(),
              by,
              a.enteredAt());
        }
      }
    }
    topics.forEach(
        (key, lessons) -> {
          lessons.sort(java.util.Comparator.comparing(Lesson::topicEnteredAt));
          for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            String k = i == 0 ? key : key + "#" + (i + 1);
            String subject = school.subject(l.subjectId()).name();
            out.put(
                k,
                new Observation(
                    EntryKind.TOPIC,
                    k,
                    c.id(),
                    l.date(),
                    subject,
                    null,
                    l.topic(),
                    l.topicEnteredAt()));
          }
        });
    List<Term> terms = school.termsOf(c.grade());
    LocalDate yearEnd = terms.stream().map(Term::end).max(LocalDate::compareTo).orElseThrow();
    for (Term t : terms) {
      put(
          out,
          EntryKind.TERM,
          "TERM:%d:%d".formatted(c.id(), t.id()),
          c,
          t.start(),
          null,
          null,
          t.name() + "|" + t.start() + "|" + t.end(),
          null);
    }
    for (int studentId : everyone) {
      for (TermMark m : school.termMarksOf(studentId)) {
        Term term = terms.stream().filter(t -> t.id() == m.termId()).findFirst().orElse(null);
        String name = term == null ? "Год" : term.name();
        LocalDate end = term == null ? yearEnd : term.end();
        if (!school.enrolledIn(studentId, c.id(), end)) {
          continue; // a term mark is the class's he is in on the term's last day
        }
        String subject = school.subject(m.subjectId()).name();
        String key = "TERM_MARK:%d:%s:%s".formatted(studentId, subject, name);
        put(
            out,
            EntryKind.TERM_MARK,
            key,
            c,
            end,
            subject,
            studentId,
            Integer.toString(m.value()),
            m.enteredAt());
        String by = school.history().termMarkBy(m, "");
        if (!by.isEmpty()) {
          put(
              out,
              EntryKind.AUTHOR,
              "AUTHOR:" + key,
              c,
              end,
              subject,
              studentId,
              by,
              m.enteredAt());
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static void put(
      Map<String, Observation> out,
      EntryKind kind,
      String key,
      SchoolClass c,
      LocalDate date,
      String subject,
      Integer student,
      String value,
      LocalDateTime at) {
    out.putIfAbsent(key, new Observation(kind, key, c.id(), date, subject, student, value, at));
  }

  /**
   * Whether the sync learns the lesson's teacher from the journal log: a lesson alone at its bell
   * by any of its rows; one of two groups' lessons at a bell only by a mark or an absence of its
   * pupils, or by its homework when the other's text differs.
   */
  private static boolean teacherShown(School school, Lesson x) {
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
    String own = homeworkText(school, x);
    return own != null && !own.equals(homeworkText(school, other));
  }

  private static String homeworkText(School school, Lesson l) {
    return school.assignmentsOf(l.id()).stream()
        .filter(a -> a.typeId() == HOMEWORK_TYPE)
        .map(Assignment::name)
        .findFirst()
        .orElse(null);
  }

  /** The AIS's assignment type of homework. */
  private static final int HOMEWORK_TYPE = 3;
}
