package ru.netcity.mock.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The school at a moment, its history, the truth as of a moment and the changes between two. */
class HistoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDateTime AFTER_YEAR = LocalDateTime.of(2026, 6, 30, 0, 0);

  private static School school;
  private static History history;

  @BeforeAll
  static void generate() {
    school = SchoolGenerator.generate(new SchoolOptions(42, SchoolOptions.DEFAULT_STUDENTS));
    history = school.history();
  }

  @Test
  void everyKindOfHistoryIsSeededWithItsVerdict() {
    Map<String, List<HistoryItem>> byKind = new HashMap<>();
    history.items().forEach(i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
    assertThat(byKind)
        .containsOnlyKeys(
            "MARK_EDITED_SAME_DAY",
            "MARK_EDITED_NEXT_DAY",
            "MARK_EDITED_WEEKS_LATER",
            "MARK_DELETED_SAME_DAY",
            "MARK_DELETED_NEXT_DAY",
            "MARK_DELETED_LATER",
            "MARK_TO_DOT_AND_BACK",
            "MARK_BECAME_DOT",
            "ABSENCE_N_TO_B",
            "HOMEWORK_EDITED",
            "WRITTEN_WORK_GRADED_LATE",
            "TERM_MARK_CORRECTED");
    Set<String> breaking =
        Set.of(
            "MARK_EDITED_WEEKS_LATER",
            "MARK_DELETED_LATER",
            "ABSENCE_N_TO_B",
            "TERM_MARK_CORRECTED");
    for (HistoryItem item : history.items()) {
      assertThat(item.violation() != null)
          .as(item.kind())
          .isEqualTo(breaking.contains(item.kind()));
      if (item.violation() != null) {
        assertThat(item.violation().rule()).isEqualTo("NO_RETROACTIVE_CHANGE");
        assertThat(item.at()).isAfter(item.lessonDate().plusDays(2).atStartOfDay());
      } else if (!item.kind().equals("WRITTEN_WORK_GRADED_LATE")) {
        assertThat(item.at()).isBefore(item.lessonDate().plusDays(2).atStartOfDay());
      }
    }
  }

  @Test
  void anEntryAppearsFromItsEntryTime() {
    Mark m = school.marks().get(100);
    Assignment a = school.assignment(m.assignmentId()).orElseThrow();
    LocalDateTime entered = history.enteredAt(m);
    assertThat(ids(school.at(entered.minusMinutes(1)).marksOf(a.id()))).doesNotContain(m.id());
    assertThat(ids(school.at(entered).marksOf(a.id()))).contains(m.id());
    Lesson lesson = school.lesson(a.lessonId()).orElseThrow();
    assertThat(
            school
                .at(lesson.topicEnteredAt().minusSeconds(1))
                .lesson(lesson.id())
                .orElseThrow()
                .topic())
        .isNull();
    assertThat(school.at(lesson.topicEnteredAt()).lesson(lesson.id()).orElseThrow().topic())
        .isEqualTo(lesson.topic());
  }

  @Test
  void anEditedMarkShowsItsEarlierValueUntilTheEdit() {
    for (Mark m : school.marks()) {
      List<Revision> revisions = history.markRevisions(m.id());
      if (revisions.size() != 1 || m.dutyMark() || m.previousValue() != null) {
        continue;
      }
      Revision r = revisions.get(0);
      assertThat(valueAt(m, r.at().minusMinutes(1))).isEqualTo(r.before());
      assertThat(valueAt(m, r.at())).isEqualTo(r.after()).isEqualTo("" + m.value());
    }
  }

  @Test
  void aDeletedMarkShowsUntilItsDeletionAndNeverInTheFinalState() {
    assertThat(history.deletedMarks()).hasSize(6);
    for (Mark m : history.deletedMarks()) {
      Revision deletion = history.markRevisions(m.id()).get(0);
      assertThat(deletion.deletion()).isTrue();
      assertThat(ids(school.at(m.enteredAt()).marksOf(m.assignmentId()))).contains(m.id());
      assertThat(ids(school.at(deletion.at().minusMinutes(1)).marksOf(m.assignmentId())))
          .contains(m.id());
      assertThat(ids(school.at(deletion.at()).marksOf(m.assignmentId()))).doesNotContain(m.id());
      assertThat(ids(school.marksOf(m.assignmentId()))).doesNotContain(m.id());
    }
  }

  @Test
  void aMarkTurnsIntoADotAndBack() {
    Mark m =
        school.marks().stream()
            .filter(x -> history.markRevisions(x.id()).size() == 2)
            .findFirst()
            .orElseThrow();
    List<Revision> r = history.markRevisions(m.id());
    assertThat(valueAt(m, r.get(0).at().minusMinutes(1))).isEqualTo("" + m.value());
    assertThat(valueAt(m, r.get(0).at())).isEqualTo(".");
    assertThat(valueAt(m, r.get(1).at())).isEqualTo("" + m.value());
  }

  @Test
  void anAbsenceTurnsFromNToBWhenTheCertificateArrives() {
    List<Absence> changed =
        school.absences().stream()
            .filter(a -> !history.absenceRevisions(a.lessonId(), a.studentId()).isEmpty())
            .toList();
    assertThat(changed).hasSize(2);
    for (Absence a : changed) {
      Revision r = history.absenceRevisions(a.lessonId(), a.studentId()).get(0);
      assertThat(code(a, r.at().minusMinutes(1))).isEqualTo("Н");
      assertThat(code(a, r.at())).isEqualTo("Б").isEqualTo(a.code());
    }
  }

  @Test
  void homeworkShowsItsFirstTextUntilTheEdit() {
    List<Assignment> edited =
        school.assignments().stream()
            .filter(a -> !history.homeworkRevisions(a.id()).isEmpty())
            .toList();
    assertThat(edited).hasSize(2);
    for (Assignment a : edited) {
      Revision r = history.homeworkRevisions(a.id()).get(0);
      assertThat(school.at(r.at().minusMinutes(1)).assignment(a.id()).orElseThrow().name())
          .isEqualTo(r.before())
          .isNotEqualTo(a.name());
      assertThat(school.at(r.at()).assignment(a.id()).orElseThrow().name()).isEqualTo(a.name());
    }
  }

  @Test
  void aWrittenWorkGradedLateHasNoMarksUntilGraded() {
    HistoryItem item =
        history.items().stream()
            .filter(i -> i.kind().equals("WRITTEN_WORK_GRADED_LATE"))
            .findFirst()
            .orElseThrow();
    assertThat(item.at().toLocalDate())
        .isBetween(item.lessonDate().plusDays(2), item.lessonDate().plusDays(7));
    Mark m =
        school.marks().stream()
            .filter(x -> history.enteredAt(x).equals(item.at()))
            .findFirst()
            .orElseThrow();
    assertThat(school.at(item.at().minusMinutes(1)).marksOf(m.assignmentId())).isEmpty();
    assertThat(school.at(item.at()).marksOf(m.assignmentId())).isNotEmpty();
    assertThat(school.at(item.at().minusMinutes(1)).assignment(m.assignmentId())).isPresent();
  }

  @Test
  void aCorrectedTermMarkShowsItsFirstValueUntilTheCorrection() {
    List<TermMark> corrected =
        school.termMarks().stream().filter(t -> !history.termMarkRevisions(t).isEmpty()).toList();
    assertThat(corrected).hasSize(2);
    for (TermMark t : corrected) {
      Revision r = history.termMarkRevisions(t).get(0);
      assertThat(termMark(t, r.at().minusMinutes(1))).isEqualTo(Integer.parseInt(r.before()));
      assertThat(termMark(t, r.at())).isEqualTo(t.value());
      assertThat(school.at(t.enteredAt().minusMinutes(1)).termMarksOf(t.studentId()))
          .doesNotContain(t);
    }
  }

  @Test
  void lessonsOfLaterDaysShowAsTheTimetableHasThemButEmpty() {
    LocalDate day = LocalDate.of(2025, 10, 8);
    School view = school.at(day.atTime(7, 0));
    SchoolClass c = school.classes().get(0);
    List<Lesson> lessons =
        view.lessonsOf(c.id()).stream().filter(l -> !l.date().isBefore(day)).toList();
    assertThat(lessons).hasSizeGreaterThan(100);
    for (Lesson l : lessons) {
      assertThat(l.topic()).isNull();
      assertThat(view.assignmentsOf(l.id())).isEmpty();
      assertThat(view.absencesOf(l.id())).isEmpty();
    }
    assertThat(
            school.at(day.atTime(23, 0)).lessonsOf(c.id()).stream()
                .filter(l -> l.date().equals(day)))
        .allMatch(l -> l.topic() != null);
  }

  @Test
  void theFinalTruthIsUnchangedAndTheTruthAfterTheYearAddsTheHistory() throws Exception {
    JsonNode plain = JSON.readTree(GroundTruth.toJson(school));
    JsonNode after = JSON.readTree(GroundTruth.toJson(school, AFTER_YEAR));
    assertThat(plain.has("at")).isFalse();
    assertThat(after.get("counts")).isEqualTo(plain.get("counts"));
    long breaking = history.items().stream().filter(i -> i.violation() != null).count();
    assertThat(after.get("violations").size()).isEqualTo(plain.get("violations").size() + breaking);
    // the truth adds the far-off term marks it reads from the data (clause 3.3.3)
    assertThat(school.violations())
        .hasSize(plain.get("violations").size() - Objectivity.violations(school).size());
  }

  @Test
  void theTruthAtAMomentHasOnlyTheViolationsKnownByThen() throws Exception {
    for (HistoryItem item : history.items()) {
      if (item.violation() != null) {
        assertThat(school.at(item.at().minusMinutes(1)).violations())
            .doesNotContain(item.violation());
        assertThat(school.at(item.at()).violations()).contains(item.violation());
        assertThat(school.at(AFTER_YEAR).violations()).contains(item.violation());
      }
    }
    for (Violation v : school.violations()) {
      LocalDateTime known = history.knownFrom(v);
      assertThat(known).isAfter(v.lessonDate().atStartOfDay());
      // one more of it from then (a day's two homework of a subject are two equal сведения)
      assertThat(Collections.frequency(school.at(known.minusMinutes(1)).violations(), v))
          .isLessThan(Collections.frequency(school.at(known).violations(), v));
    }
    LocalDateTime october = LocalDateTime.of(2025, 10, 6, 2, 30);
    JsonNode truth = JSON.readTree(GroundTruth.toJson(school, october));
    assertThat(truth.get("at").asText()).isEqualTo("2025-10-06T02:30");
    for (JsonNode v : truth.get("violations")) {
      assertThat(LocalDate.parse(v.get("lessonDate").asText())).isBefore(october.toLocalDate());
    }
    assertThat(truth.get("counts").get("marks").asLong())
        .isLessThan(JSON.readTree(GroundTruth.toJson(school)).get("counts").get("marks").asLong())
        .isEqualTo(school.at(october).marks().stream().filter(m -> !m.dutyMark()).count());
  }

  @Test
  void changesOfConsecutiveNightsAddUpAndEachHistoryItemIsAmongThem() {
    LocalDateTime start = LocalDateTime.of(2025, 8, 31, 0, 0);
    List<Change> all = Changes.between(school, start, AFTER_YEAR);
    List<Change> pieces = new ArrayList<>();
    LocalDateTime from = start;
    for (LocalDateTime night :
        List.of(
            LocalDateTime.of(2025, 10, 6, 2, 30),
            LocalDateTime.of(2026, 1, 20, 2, 30),
            AFTER_YEAR)) {
      pieces.addAll(Changes.between(school, from, night));
      from = night;
    }
    assertThat(pieces).containsExactlyInAnyOrderElementsOf(all);
    Set<String> seen = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (Change c : all) {
      keys.add(c.key() + " " + c.at());
      seen.add(
          c.kind() + " " + c.change() + " " + c.at() + " " + c.className() + " " + c.lessonDate());
    }
    for (HistoryItem item : history.items()) {
      String place = " " + item.at() + " " + item.className() + " " + item.lessonDate();
      String expected =
          switch (item.kind()) {
            case "MARK_DELETED_SAME_DAY", "MARK_DELETED_NEXT_DAY", "MARK_DELETED_LATER" ->
                "MARK DELETED";
            case "MARK_TO_DOT_AND_BACK" -> "MARK ADDED";
            case "MARK_BECAME_DOT" -> "DOT ADDED";
            case "ABSENCE_N_TO_B" -> "ABSENCE CHANGED";
            case "HOMEWORK_EDITED" -> "HOMEWORK CHANGED";
            case "WRITTEN_WORK_GRADED_LATE" -> "MARK ADDED";
            case "TERM_MARK_CORRECTED" -> "TERM_MARK CHANGED";
            default -> "MARK CHANGED";
          };
      assertThat(seen).as(item.toString()).contains(expected + place);
      if (!item.kind().equals("WRITTEN_WORK_GRADED_LATE")) {
        assertThat(keys).as(item.toString()).contains(item.key() + " " + item.at());
      }
    }
  }

  @Test
  void replayingTheChangesGivesTheJournalAtThatMoment() {
    LocalDateTime t = LocalDateTime.of(2025, 12, 10, 2, 30);
    Map<String, String> replay = new HashMap<>();
    for (Change c : Changes.between(school, LocalDateTime.of(2025, 8, 1, 0, 0), t)) {
      if (c.kind().equals("MARK") || c.kind().equals("DOT") || c.kind().equals("ABSENCE")) {
        if (c.change().equals("DELETED")) {
          assertThat(replay.remove(c.key())).as(c.toString()).isEqualTo(c.previous());
        } else {
          assertThat(replay.put(c.key(), c.value())).as(c.toString()).isEqualTo(c.previous());
        }
      }
    }
    School view = school.at(t);
    Map<String, String> shown = new HashMap<>();
    for (Mark m : view.marks()) {
      shown.put(
          (m.dutyMark() ? "DOT:" : "MARK:") + m.assignmentId() + ":" + m.studentId(),
          m.dutyMark() ? "." : "" + m.value());
    }
    for (Absence a : view.absences()) {
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      shown.put("ABSENCE:" + a.studentId() + ":" + l.date() + ":" + l.number(), a.code());
    }
    assertThat(replay).isEqualTo(shown);
  }

  @Test
  void theNetChangesOfANightTakeTheJournalFromOneMomentToTheNext() {
    LocalDateTime t0 = LocalDateTime.of(2025, 10, 1, 2, 30);
    for (HistoryItem item : history.items()) {
      LocalDateTime t1 = item.at().toLocalDate().plusDays(1).atTime(2, 30);
      LocalDateTime from = item.at().toLocalDate().atTime(2, 30);
      Map<String, String> state = journal(school.at(from));
      for (Change c : Changes.net(school, from, t1)) {
        if (c.kind().equals("MARK") || c.kind().equals("DOT") || c.kind().equals("ABSENCE")) {
          assertThat(state.get(c.key())).as(c.toString()).isEqualTo(c.previous());
          if (c.value() == null) {
            state.remove(c.key());
          } else {
            state.put(c.key(), c.value());
          }
        }
      }
      assertThat(state).as(item.toString()).isEqualTo(journal(school.at(t1)));
    }
    assertThat(Changes.net(school, t0, t0.plusDays(1)))
        .hasSizeLessThanOrEqualTo(Changes.between(school, t0, t0.plusDays(1)).size());
  }

  private static Map<String, String> journal(School view) {
    Map<String, String> shown = new HashMap<>();
    for (Mark m : view.marks()) {
      shown.put(
          (m.dutyMark() ? "DOT:" : "MARK:") + m.assignmentId() + ":" + m.studentId(),
          m.dutyMark() ? "." : "" + m.value());
    }
    for (Absence a : view.absences()) {
      Lesson l = school.lesson(a.lessonId()).orElseThrow();
      shown.put("ABSENCE:" + a.studentId() + ":" + l.date() + ":" + l.number(), a.code());
    }
    return shown;
  }

  private static List<Long> ids(List<Mark> marks) {
    return marks.stream().map(Mark::id).toList();
  }

  private static String valueAt(Mark m, LocalDateTime t) {
    return school.at(t).marksOf(m.assignmentId()).stream()
        .filter(x -> x.id() == m.id())
        .map(x -> x.dutyMark() ? "." : "" + x.value())
        .findFirst()
        .orElse(null);
  }

  private static String code(Absence a, LocalDateTime t) {
    return school.at(t).absencesOf(a.lessonId()).stream()
        .filter(x -> x.studentId() == a.studentId())
        .map(Absence::code)
        .findFirst()
        .orElse(null);
  }

  private static int termMark(TermMark t, LocalDateTime at) {
    return school.at(at).termMarksOf(t.studentId()).stream()
        .filter(x -> x.subjectId() == t.subjectId() && x.termId() == t.termId())
        .findFirst()
        .orElseThrow()
        .value();
  }
}
