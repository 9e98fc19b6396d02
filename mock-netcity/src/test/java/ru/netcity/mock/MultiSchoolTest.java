package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolOptions;

/**
 * Two schools in one mock process ({@code --schools 2}): both listed by the school search, each
 * with its own {@code zavuch} who sees only his school, one truth file per school equal to what
 * that school's API serves.
 */
class MultiSchoolTest {
  @TempDir static Path truthDir;

  private static MockNetCity mock;
  private static School first;
  private static School second;

  @BeforeAll
  static void start() {
    mock =
        MockNetCity.start(
            MockOptions.defaults()
                .withSchool(new SchoolOptions(3, 40))
                .withSchools(2)
                .withTruthOut(truthDir));
    List<School> schools = mock.schools().all();
    first = schools.get(0);
    second = schools.get(1);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void theSchoolsAreDifferentAndBothListedBySearch() {
    assertThat(second.id()).isEqualTo(first.id() + 1);
    assertThat(second.name()).isNotEqualTo(first.name());
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    assertThat(second.classes().get(0).id()).isNotEqualTo(first.classes().get(0).id());
    assertThat(second.students().get(0).lastName() + second.students().get(1).lastName())
        .isNotEqualTo(first.students().get(0).lastName() + first.students().get(1).lastName());

    AisTestClient anonymous = new AisTestClient(mock.baseUrl());
    JsonNode all = AisTestClient.json(anonymous.get("/webapi/schools/search?name=ОУ"));
    assertThat(all.findValuesAsText("id"))
        .containsExactly(Integer.toString(first.id()), Integer.toString(second.id()));
    JsonNode one =
        AisTestClient.json(
            anonymous.get("/webapi/schools/search?name=" + encode(second.shortName())));
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("id").asInt()).isEqualTo(second.id());
    assertThat(one.get(0).get("shortName").asText()).isEqualTo(second.shortName());
    JsonNode form = AisTestClient.json(anonymous.get("/webapi/prepareloginform"));
    assertThat(form.get("schools")).hasSize(2);
  }

  @Test
  void eachZavuchSeesOnlyHisOwnSchool() {
    for (School school : List.of(first, second)) {
      AisTestClient staff = staff(school);
      assertThat(read(staff, "/webapi/context").get("schoolId").asInt()).isEqualTo(school.id());
      JsonNode students = read(staff, "/webapi/student/diary/init").get("students");
      assertThat(students.findValuesAsText("studentId"))
          .containsExactlyInAnyOrderElementsOf(
              school.students().stream().map(s -> Integer.toString(s.id())).toList());
      Set<Integer> classes = new HashSet<>();
      students.forEach(s -> classes.add(s.get("classId").asInt()));
      assertThat(classes)
          .containsExactlyInAnyOrderElementsOf(school.classes().stream().map(c -> c.id()).toList());
    }
  }

  /**
   * Assumption: the AIS's ids are unique across its schools, and a session asking for another
   * school's pupil or class is refused (403) as a parent asking for another child is; an id of no
   * school is not found (404).
   */
  @Test
  void aSessionOfOneSchoolIsRefusedTheOtherSchoolsClassAndPupil() {
    AisTestClient staff = staff(first);
    int foreignStudent = second.students().get(0).id();
    int foreignClass = second.classes().get(0).id();

    assertThat(staff.get(diaryUrl(first, foreignStudent)).statusCode()).isEqualTo(403);
    assertThat(
            staff
                .post(
                    "/webapi/reports/studenttotalmarks/initfilters",
                    "{\"params\":null,\"selectedData\":[{\"filterId\":\"PCLID\",\"filterValue\":\""
                        + foreignClass
                        + "\"}]}")
                .statusCode())
        .isEqualTo(403);
    assertThat(staff.get(diaryUrl(first, 999_999_999)).statusCode()).isEqualTo(404);
    assertThat(staff.get(diaryUrl(first, first.students().get(0).id())).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aLoginNeedsTheRightSchool() {
    AisTestClient client = new AisTestClient(mock.baseUrl());
    String parent = "parent" + first.students().get(0).id();
    String password = "Родитель" + first.students().get(0).id();
    assertThat(client.login(parent, password, second.id()).statusCode()).isEqualTo(409);
    assertThat(client.login(parent, password, 1).statusCode()).isEqualTo(409);
    assertThat(client.login(parent, password, first.id()).statusCode()).isEqualTo(200);
  }

  /** Each truth file's counts are what a full read of that school's API finds. */
  @Test
  void eachSchoolsTruthIsWhatItsApiServes() throws Exception {
    for (School school : List.of(first, second)) {
      Path file = truthDir.resolve("truth-" + school.id() + ".json");
      JsonNode truth = AisTestClient.JSON.readTree(Files.readString(file));
      assertThat(truth.get("school").get("id").asInt()).isEqualTo(school.id());
      JsonNode counts = truth.get("counts");

      AisTestClient staff = staff(school);
      JsonNode students = read(staff, "/webapi/student/diary/init").get("students");
      Set<Integer> classes = new HashSet<>();
      Set<Long> lessons = new HashSet<>();
      Set<Long> homework = new HashSet<>();
      long marks = 0;
      int homeworkType = homeworkType(staff);
      for (JsonNode student : students) {
        classes.add(student.get("classId").asInt());
        JsonNode diary = read(staff, diaryUrl(school, student.get("studentId").asInt()));
        for (JsonNode lesson : diary.path("weekDays").findValues("lessons")) {
          for (JsonNode l : lesson) {
            lessons.add(l.get("classmeetingId").asLong());
            for (JsonNode a : l.path("assignments")) {
              if (a.get("typeId").asInt() == homeworkType) {
                homework.add(a.get("id").asLong());
              }
              JsonNode mark = a.path("mark");
              if (mark.isObject() && !mark.get("dutyMark").asBoolean()) {
                marks++;
              }
            }
          }
        }
      }
      assertThat(students.size()).isEqualTo(counts.get("students").asInt());
      assertThat(classes).hasSize(counts.get("classes").asInt());
      assertThat((long) lessons.size()).isEqualTo(counts.get("lessons").asLong());
      assertThat(marks).isEqualTo(counts.get("marks").asLong()).isPositive();
      assertThat((long) homework.size()).isEqualTo(counts.get("homework").asLong());
    }
  }

  private static int homeworkType(AisTestClient staff) {
    for (JsonNode type : read(staff, "/webapi/grade/assignment/types?all=false")) {
      if (type.get("name").asText().equals("Домашнее задание")) {
        return type.get("id").asInt();
      }
    }
    throw new AssertionError("no homework type");
  }

  private static AisTestClient staff(School school) {
    AisTestClient staff = new AisTestClient(mock.baseUrl());
    assertThat(
            staff
                .login(SharedMock.STAFF_LOGIN, SharedMock.STAFF_PASSWORD, school.id())
                .statusCode())
        .isEqualTo(200);
    return staff;
  }

  private static JsonNode read(AisTestClient client, String path) {
    var answer = client.get(path);
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    return AisTestClient.json(answer);
  }

  private static String diaryUrl(School school, int studentId) {
    return "/webapi/student/diary?studentId="
        + studentId
        + "&weekStart="
        + school.yearStart()
        + "&weekEnd="
        + school.yearEnd()
        + "&yearId="
        + school.yearId();
  }

  private static Set<Integer> ids(School school) {
    Set<Integer> ids = new HashSet<>();
    school.students().forEach(s -> ids.add(s.id()));
    return ids;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
