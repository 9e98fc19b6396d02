package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every breach of the truth names its teacher as the journal log names him; a breach in a lesson
 * the substitute taught names the substitute; a breach about an entry or edit a colleague or the
 * deputy director made names him or her; the truth holds the far-off term mark of clause 3.3.3,
 * read back here from the marks.
 */
class TeachersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static School school;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
  }

  @Test
  void everyViolationOfTheTruthNamesATeacherOfTheSchool() throws Exception {
    // the deputy director too: a finding about an entry she made names her
    List<String> names =
        new ArrayList<>(school.teachers().stream().map(Teacher::shortName).toList());
    names.add(People.DEPUTY.shortName());
    JsonNode truth = JSON.readTree(GroundTruth.toJson(school));
    assertThat(truth.get("violations")).hasSizeGreaterThan(15);
    int unattributed = 0;
    for (JsonNode v : truth.get("violations")) {
      if (v.get("teacher").isNull()) {
        // one group's missing topic at a shared bell: the log cannot tell whose it is
        assertThat(v.get("rule").asText()).as(v.toString()).isEqualTo("LESSON_RECORD_SAME_DAY");
        unattributed++;
        continue;
      }
      assertThat(v.get("teacher").isTextual()).as(v.toString()).isTrue();
      for (String name : v.get("teacher").asText().split(", ")) {
        assertThat(names).contains(name);
      }
    }
    assertThat(unattributed).isEqualTo(1);
  }

  @Test
  void aLateAbsenceAColleagueEnteredNamesHimInTheTruthAndTheJournalLog() {
    List<String> found = new ArrayList<>();
    JournalLog log = new JournalLog(school, false);
    for (Absence a : school.absences()) {
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      String teacher = school.teacher(l.teacherId()).shortName();
      String by = school.history().absenceBy(l.id(), a.studentId(), teacher);
      if (by.equals(teacher)) {
        continue;
      }
      found.add(by);
      assertThat(log.lesson(l, true, id -> id == a.studentId()))
          .filteredOn(e -> e.object().equals(JournalLog.ABSENCE))
          .singleElement()
          .satisfies(e -> assertThat(e.by()).isEqualTo(by));
      assertThat(school.violations())
          .contains(
              new Violation(
                  "LESSON_RECORD_SAME_DAY",
                  Seeds.VIOLATION,
                  school.schoolClass(l.classId()).orElseThrow().name(),
                  school.subject(l.subjectId()).name(),
                  l.date(),
                  school.student(a.studentId()).orElseThrow().nickName(),
                  by));
    }
    assertThat(found).singleElement().isNotEqualTo(People.DEPUTY.shortName());
  }

  @Test
  void aLateTermMarkAndRetroactiveWritesOfTheDeputyDirectorNameHer() {
    String deputy = People.DEPUTY.shortName();
    List<TermMark> hers =
        school.termMarks().stream()
            .filter(m -> school.history().termMarkBy(m, "").equals(deputy))
            .toList();
    assertThat(hers).hasSize(1);
    Student s = school.student(hers.get(0).studentId()).orElseThrow();
    assertThat(school.violations())
        .filteredOn(v -> v.rule().equals("FINAL_MARKS_WITHIN_1DAY") && v.teacher().equals(deputy))
        .singleElement()
        .satisfies(v -> assertThat(v.student()).isEqualTo(s.nickName()));
    // with the clock: her mark edit weeks later and her late deletion; her next-day edit is none
    assertThat(school.history().items())
        .filteredOn(i -> i.violation() != null && deputy.equals(i.violation().teacher()))
        .extracting(HistoryItem::kind)
        .containsExactlyInAnyOrder(HistoryPlan.EDITED_WEEKS_LATER, HistoryPlan.DELETED_LATER);
  }

  @Test
  void aLessonTheSubstituteTaughtNamesHimInTheTruthAndTheJournalLog() {
    SchoolClass c = school.classes().get(Substitution.CLASS_INDEX);
    String subject = school.subject(Substitution.SUBJECT).name();
    List<Lesson> history =
        school.lessonsOf(c.id()).stream()
            .filter(l -> l.subjectId() == Substitution.SUBJECT)
            .toList();
    int regular = history.get(0).teacherId();
    Lesson taught =
        history.stream().filter(l -> Substitution.covers(l.date())).findFirst().orElseThrow();
    assertThat(taught.teacherId()).isNotEqualTo(regular);
    String substitute = school.teacher(taught.teacherId()).shortName();

    List<Violation> inHisLessons = new ArrayList<>();
    for (Violation v : school.violations()) {
      if (v.className().equals(c.name())
          && v.subject().equals(subject)
          && Substitution.covers(v.lessonDate())) {
        inHisLessons.add(v);
      }
    }
    assertThat(inHisLessons)
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.teacher()).isEqualTo(substitute));
    assertThat(inHisLessons)
        .anySatisfy(v -> assertThat(v.rule()).isEqualTo("LESSON_RECORD_SAME_DAY"));
    JournalLog log = new JournalLog(school, true);
    for (Lesson l : history) {
      String expected =
          school.teacher(Substitution.covers(l.date()) ? taught.teacherId() : regular).shortName();
      assertThat(log.lesson(l, true, id -> true))
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row.by()).isEqualTo(expected));
    }
  }

  @Test
  void theTruthHoldsTheFarOffTermMarkAndNoOther() throws Exception {
    JsonNode truth = JSON.readTree(GroundTruth.toJson(school));
    List<JsonNode> warnings = new ArrayList<>();
    truth
        .get("violations")
        .forEach(
            v -> {
              if (v.get("rule").asText().equals("FINAL_MARK_OBJECTIVITY")) {
                warnings.add(v);
              }
            });
    assertThat(warnings).isNotEmpty();
    // each pupil's current marks per class and subject, read once (not once per term mark)
    Map<List<Integer>, List<Mark>> current = new HashMap<>();
    Map<Long, Lesson> lessonOf = new HashMap<>();
    for (Mark m : school.marks()) {
      if (!m.dutyMark()) {
        Lesson l =
            school
                .lesson(school.assignment(m.assignmentId()).orElseThrow().lessonId())
                .orElseThrow();
        lessonOf.put(m.assignmentId(), l);
        current
            .computeIfAbsent(
                List.of(m.studentId(), l.classId(), l.subjectId()), k -> new ArrayList<>())
            .add(m);
      }
    }
    int far = 0;
    for (TermMark tm : school.termMarks()) {
      Student s = school.student(tm.studentId()).orElseThrow();
      SchoolClass c = school.schoolClass(s.classId()).orElseThrow();
      Term term =
          school.termsOf(c.grade()).stream()
              .filter(t -> t.id() == tm.termId())
              .findFirst()
              .orElse(null);
      if (term == null) {
        continue;
      }
      int sum = 0;
      int count = 0;
      for (Mark m : current.getOrDefault(List.of(s.id(), c.id(), tm.subjectId()), List.of())) {
        if (term.contains(lessonOf.get(m.assignmentId()).date())) {
          sum += m.value();
          count++;
        }
      }
      if (count > 0 && Math.abs(tm.value() - (double) sum / count) > 1.0) {
        far++;
        String subject = school.subject(tm.subjectId()).name();
        assertThat(warnings)
            .anySatisfy(
                w -> {
                  assertThat(w.get("severity").asText()).isEqualTo("предупреждение");
                  assertThat(w.get("className").asText()).isEqualTo(c.name());
                  assertThat(w.get("subject").asText()).isEqualTo(subject);
                  assertThat(w.get("lessonDate").asText()).isEqualTo(term.end().toString());
                  assertThat(w.get("student").asText()).isEqualTo(s.nickName());
                  assertThat(w.get("teacher").isTextual()).isTrue();
                });
      }
    }
    assertThat(warnings).hasSize(far);
  }
}
