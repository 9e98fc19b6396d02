package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;

/** Every JSON endpoint of the issue, read by the staff account and by a parent. */
class EndpointsTest {
  private static MockNetCity mock;
  private static School school;
  private static AisTestClient staff;

  @BeforeAll
  static void start() {
    mock = SharedMock.start(FaultSpec.NONE);
    school = mock.school();
    staff = new AisTestClient(mock.baseUrl());
    assertThat(
            staff
                .login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, school.id())
                .statusCode())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void contextYearsAndSettingsDescribeTheSchoolYear() {
    JsonNode context = read("/webapi/context");
    assertThat(context.get("schoolId").asInt()).isEqualTo(school.id());
    assertThat(context.get("schoolyear").get("startDate").asText())
        .isEqualTo("2025-09-01T00:00:00");

    assertThat(read("/webapi/years/current").get("id").asInt()).isEqualTo(school.yearId());
    assertThat(read("/webapi/years").get(0).get("name").asText()).isEqualTo("2025/2026");
    assertThat(read("/webapi/mysettings/yearlist").get(0).get("id").asInt())
        .isEqualTo(school.yearId());
    assertThat(staff.get("/webapi/sysInfo").body()).contains("Версия системы: 5.");
  }

  @Test
  void theLoginFormCascadeAndTheSchoolCardAnswer() {
    AisTestClient anonymous = new AisTestClient(mock.baseUrl());
    JsonNode form = AisTestClient.json(anonymous.get("/webapi/prepareloginform"));
    assertThat(form.get("scid").asInt()).isEqualTo(school.id());
    assertThat(form.get("cid").asInt()).isPositive();

    JsonNode card = read("/webapi/schools/" + school.id() + "/card");
    assertThat(card.get("commonInfo").get("fullSchoolName").asText()).isEqualTo(school.name());
    assertThat(staff.get("/webapi/schools/1/card").statusCode()).isEqualTo(404);
  }

  @Test
  void diaryInitListsEveryStudentForStaff() {
    JsonNode init = read("/webapi/student/diary/init");
    assertThat(init.get("students")).hasSize(school.students().size());
    assertThat(init.get("currentStudentId").asInt()).isZero();
  }

  @Test
  void aWeekOfTheDiaryHoldsTheStudentsLessonsWithKnownTypesAndMidnightDates() {
    Student student = school.students().get(3);
    LocalDate monday = LocalDate.of(2025, 10, 6);
    JsonNode diary = read(diaryUrl(student, monday, monday.plusDays(5)));

    assertThat(diary.get("weekStart").asText()).isEqualTo("2025-10-06T00:00:00");
    assertThat(diary.get("termName").asText()).isEqualTo("1 четверть");
    Set<Integer> typeIds = new HashSet<>();
    read("/webapi/grade/assignment/types?all=false").forEach(t -> typeIds.add(t.get("id").asInt()));
    int lessons = 0;
    for (JsonNode day : diary.get("weekDays")) {
      assertThat(day.get("date").asText()).endsWith("T00:00:00");
      for (JsonNode lesson : day.get("lessons")) {
        lessons++;
        assertThat(lesson.get("startTime").asText()).matches("\\d\\d:\\d\\d");
        lesson
            .get("assignments")
            .forEach(a -> assertThat(typeIds).contains(a.get("typeId").asInt()));
      }
    }
    long expected =
        school.lessonsOf(student.classId()).stream()
            .filter(
                l ->
                    l.isFor(student)
                        && !l.date().isBefore(monday)
                        && !l.date().isAfter(monday.plusDays(5)))
            .count();
    assertThat(lessons).isEqualTo(expected).isPositive();
  }

  @Test
  void assignmentDetailsOverdueAndAttachmentsAnswer() {
    Student student = school.students().get(0);
    long assignmentId = school.assignments().get(0).id();

    JsonNode details =
        read("/webapi/student/diary/assigns/" + assignmentId + "?studentId=" + student.id());
    assertThat(details.get("id").asLong()).isEqualTo(assignmentId);
    assertThat(details.get("subjectGroup").get("name").asText()).contains("/");

    JsonNode overdue =
        read(
            "/webapi/student/diary/pastMandatory?studentId="
                + student.id()
                + "&weekStart=2025-09-01&weekEnd=2026-05-31&yearId="
                + school.yearId());
    assertThat(overdue.isArray()).isTrue();

    var attachments =
        staff.post(
            "/webapi/student/diary/get-attachments?studentId=" + student.id(),
            "{\"assignId\":[" + assignmentId + "]}");
    assertThat(attachments.statusCode()).isEqualTo(200);
    assertThat(attachments.body()).isEqualTo("[]");
    assertThat(
            staff
                .post(
                    "/webapi/student/diary/get-attachments?studentId=" + student.id(),
                    "{\"assignId\":" + assignmentId + "}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void announcementsAndTypesAreServed() {
    assertThat(read("/webapi/announcements?take=-1").get(0).get("postDate").asText())
        .startsWith("2025-");
    assertThat(read("/webapi/grade/assignment/types?all=false"))
        .anySatisfy(t -> assertThat(t.get("name").asText()).isEqualTo("Домашнее задание"));
  }

  @Test
  void aParentReadsOnlyTheirChild() {
    Student child = school.students().get(10);
    Student other = school.students().get(11);
    AisTestClient parent = new AisTestClient(mock.baseUrl());
    parent.login("parent" + child.id(), "Родитель" + child.id(), school.id());

    LocalDate monday = LocalDate.of(2025, 9, 8);
    assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(parent.get(diaryUrl(child, monday, monday.plusDays(5))).statusCode()).isEqualTo(200);
    assertThat(parent.get(diaryUrl(other, monday, monday.plusDays(5))).statusCode()).isEqualTo(403);
    JsonNode init = AisTestClient.json(parent.get("/webapi/student/diary/init"));
    assertThat(init.get("students")).hasSize(1);
    assertThat(init.get("students").get(0).get("studentId").asInt()).isEqualTo(child.id());
  }

  private static String diaryUrl(Student student, LocalDate from, LocalDate to) {
    return "/webapi/student/diary?studentId="
        + student.id()
        + "&weekStart="
        + from
        + "&weekEnd="
        + to
        + "&yearId="
        + school.yearId();
  }

  private static JsonNode read(String path) {
    var response = staff.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return AisTestClient.json(response);
  }
}
