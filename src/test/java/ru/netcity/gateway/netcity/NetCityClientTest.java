package ru.netcity.gateway.netcity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.netcity.dto.DiaryAssignment;
import ru.netcity.gateway.netcity.dto.DiaryLesson;
import ru.netcity.gateway.netcity.dto.SchoolYear;
import ru.netcity.gateway.netcity.hub.HubMethod;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;

/** The client reads the whole generated school as staff; what it parsed equals the ground truth. */
class NetCityClientTest {
  private static final int HOMEWORK = 3;
  private static MockNetCity mock;
  private static NetCityClient client;
  private static JsonNode truth;

  @BeforeAll
  static void open() throws Exception {
    mock = MockSchool.start("");
    client = MockSchool.staff(mock, MockSchool.TEST_BUDGET);
    truth = new ObjectMapper().readTree(GroundTruth.toJson(MockSchool.school())).get("counts");
  }

  @AfterAll
  static void close() {
    client.close();
    mock.close();
  }

  @Test
  void everyClassStudentLessonMarkHomeworkAndAbsenceOfTheYearIsRead() {
    SchoolYear year = client.currentYear();
    List<ClassRef> classes = client.classes();
    int students = 0;
    long marks = 0;
    long absences = 0;
    Set<Long> lessons = new HashSet<>();
    Set<Long> homework = new HashSet<>();
    for (ClassRef schoolClass : classes) {
      absences += client.reports().attendance(schoolClass, year.startDate(), year.endDate()).size();
      for (StudentRef student : client.students(schoolClass)) {
        students++;
        for (LocalDate monday = year.startDate().with(DayOfWeek.MONDAY);
            !monday.isAfter(year.endDate());
            monday = monday.plusWeeks(1)) {
          for (DiaryLesson lesson :
              client.diary(student.id(), monday, monday.plusDays(6), year.id()).lessons()) {
            lessons.add(lesson.classmeetingId());
            for (DiaryAssignment a : lesson.assignments()) {
              if (a.typeId() == HOMEWORK) {
                homework.add(a.id());
              }
              if (a.mark() != null && !a.mark().isDot()) {
                marks++;
              }
            }
          }
        }
      }
    }
    assertThat(classes).hasSize(truth.get("classes").asInt());
    assertThat(students).isEqualTo(truth.get("students").asInt());
    assertThat(lessons).hasSize(truth.get("lessons").asInt());
    assertThat(marks).isEqualTo(truth.get("marks").asLong());
    assertThat(homework).hasSize(truth.get("homework").asInt());
    assertThat(absences).isEqualTo(truth.get("absences").asLong());
  }

  @Test
  void termsCarryTheDatesOfTheAis() {
    School school = MockSchool.school();
    ClassRef seventh = client.classes().get(0);

    List<TermRef> terms = client.terms(seventh);

    assertThat(terms)
        .extracting(TermRef::name)
        .containsExactly("1 четверть", "2 четверть", "3 четверть", "4 четверть");
    assertThat(terms.get(0).start()).isEqualTo(school.termsOf(7).get(0).start());
    assertThat(terms.get(0).end()).isEqualTo(school.termsOf(7).get(0).end());
  }

  @Test
  void theReportsParseIntoRowsMatchingTheSchool() {
    School school = MockSchool.school();
    ClassRef schoolClass = client.classes().get(1);
    TermRef term = client.terms(schoolClass).get(0);
    var lessons =
        school.lessonsOf(schoolClass.id()).stream()
            .filter(l -> !l.date().isBefore(term.start()) && !l.date().isAfter(term.end()))
            .toList();
    StudentRef pupil = client.students(schoolClass).get(0);
    long marks =
        lessons.stream()
            .flatMap(l -> school.assignmentsOf(l.id()).stream())
            .flatMap(a -> school.marksOf(a.id()).stream())
            .filter(m -> m.studentId() == pupil.id() && !m.dutyMark())
            .count();
    long read = 0;
    for (SubjectRef subject : client.subjects(schoolClass, pupil)) {
      read +=
          client
              .reports()
              .grades(schoolClass, pupil, subject.id(), term.start(), term.end())
              .size();
    }

    assertThat(read).isEqualTo(marks).isPositive();
    assertThat(client.reports().termMarks(schoolClass, pupil))
        .hasSize(school.termMarksOf(pupil.id()).size())
        .allMatch(r -> r.studentId() == pupil.id());
    assertThat(client.hubMethod()).isEqualTo(HubMethod.START_TASK_ASYNC);
    assertThat(client.reports().journalAccess(schoolClass, term.start(), term.end()))
        .filteredOn(r -> "Тема урока".equals(r.object()))
        .hasSize(lessons.size());
    assertThat(client.reports().attendance(schoolClass, term.start(), term.end()))
        .hasSize((int) lessons.stream().mapToLong(l -> school.absencesOf(l.id()).size()).sum());
  }

  @Test
  void aServerBefore540IsAskedByStartTaskAndItsReportsReadTheSame() {
    ClassRef schoolClass = client.classes().get(0);
    StudentRef pupil = client.students(schoolClass).get(0);
    try (MockNetCity old = MockSchool.startVersion("5.32.74326.117");
        NetCityClient legacy = MockSchool.staff(old, MockSchool.TEST_BUDGET)) {
      assertThat(legacy.aisVersion()).isEqualTo("5.32.74326.117");
      assertThat(legacy.hubMethod()).isEqualTo(HubMethod.START_TASK);
      assertThat(legacy.reports().termMarks(schoolClass, pupil))
          .isNotEmpty()
          .isEqualTo(client.reports().termMarks(schoolClass, pupil));
    }
  }
}
