package ru.netcity.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ru.netcity.mock.school.Account;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;

/** {@code context}, {@code years}, {@code mysettings/yearlist}, {@code student/diary/init}, … */
final class ContextEndpoints {
  /** The school as of the mock's clock at each call. */
  private final Supplier<School> schools;

  private final String version;

  ContextEndpoints(Supplier<School> schools, String version) {
    this.schools = schools;
    this.version = version;
  }

  /** {@code sysInfo} (no login): the host's default school id and the version. */
  static ResponseDefinitionBuilder sysInfo(int schoolId, String version) {
    return Reply.text("Id: " + schoolId + "\nВерсия системы: " + version + "\n");
  }

  /**
   * The school card: names, contacts and management (netcity-api.md §2, {@code schools/{id}/card}).
   */
  ResponseDefinitionBuilder schoolCard(Call call) {
    if (!call.segment(1).equals(Integer.toString(school().id()))) {
      return Reply.message(404, "Организация не найдена");
    }
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("schoolName", school().shortName());
    common.put("fullSchoolName", school().name());
    common.put("about", null);
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("juridicalAddress", "634000, г. Томск");
    contact.put("postAddress", "634000, г. Томск");
    contact.put("phones", "+7 (3822) 00-00-00");
    contact.put("email", null);
    contact.put("web", null);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("commonInfo", common);
    card.put("contactInfo", contact);
    card.put("managementInfo", Map.of("principalUVR", deputy()));
    card.put("otherInfo", null);
    return Reply.json(card);
  }

  ResponseDefinitionBuilder context(Call call) {
    Account account = call.session().account();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("at", call.session().at());
    body.put("userId", account.userId());
    body.put("funcType", 2);
    body.put("schoolId", school().id());
    body.put("schoolYearId", school().yearId());
    body.put("globalYearId", 2025);
    body.put("emId", null);
    body.put("productName", "Сетевой город. Образование");
    body.put("userLanguage", "ru");
    body.put("version", version);
    body.put("versionDate", "2025-08-01T00:00:00");
    body.put("organizationName", school().shortName());
    body.put("menuContext", null);
    body.put(
        "rights",
        account.staff()
            ? List.of("arReportsViewForAllClasses", "arAssignmentsViewComplete")
            : List.of("arAssignmentsViewComplete"));
    body.put("roles", List.of(account.staff() ? "Principal" : "Parent"));
    body.put("schoolyear", year());
    body.put("user", Map.of("id", account.userId(), "name", account.displayName()));
    body.put("organization", Map.of("id", school().id(), "name", school().shortName()));
    body.put("dateFormat", "d\u0001mm\u0001yy\u0001.");
    body.put("timeFormat", "h\u0001mm\u0001:\u0001\u0001");
    return Reply.json(body);
  }

  ResponseDefinitionBuilder years(Call call) {
    return Reply.json(List.of(year()));
  }

  ResponseDefinitionBuilder currentYear(Call call) {
    return Reply.json(year());
  }

  ResponseDefinitionBuilder yearList(Call call) {
    return Reply.json(List.of(Map.of("id", school().yearId(), "name", yearName())));
  }

  ResponseDefinitionBuilder students(Call call) {
    return Reply.json(
        Diaries.visibleStudents(school(), call.session().account()).stream()
            .map(s -> Map.of("id", s.id(), "name", s.nickName()))
            .toList());
  }

  /**
   * For a parent the children; for the staff account every student of the school with class name
   * and id (an assumption: no public source shows this answer for staff).
   */
  ResponseDefinitionBuilder diaryInit(Call call) {
    Account account = call.session().account();
    List<Map<String, Object>> students =
        Diaries.visibleStudents(school(), account).stream().map(this::initStudent).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("students", students);
    body.put("currentStudentId", 0);
    body.put("weekStart", Wire.date(school().yearStart()));
    body.put("yaClass", false);
    body.put("yaClassAuthUrl", null);
    body.put("newDiskToken", "");
    body.put("newDiskWasRequest", false);
    body.put("ttsuRl", null);
    body.put("externalUrl", null);
    body.put("weight", false);
    body.put("maxMark", 5);
    body.put("withLaAssigns", true);
    return Reply.json(body);
  }

  ResponseDefinitionBuilder assignmentTypes(Call call) {
    return Reply.json(
        school().assignmentTypes().stream()
            .map(t -> Map.of("abbr", t.abbr(), "order", t.order(), "id", t.id(), "name", t.name()))
            .toList());
  }

  private Map<String, Object> initStudent(Student student) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("studentId", student.id());
    row.put("nickName", student.nickName());
    row.put("className", school().schoolClass(student.classId()).orElseThrow().name());
    row.put("classId", student.classId());
    row.put("iupGrade", 0);
    return row;
  }

  /** The deputy director, who holds the staff login, as «Фамилия И. О.». */
  private String deputy() {
    String[] name =
        school().accounts().stream()
            .filter(Account::staff)
            .findFirst()
            .orElseThrow()
            .displayName()
            .split(" ");
    return name[0] + " " + name[1].charAt(0) + ". " + name[2].charAt(0) + ".";
  }

  private String yearName() {
    return school().yearStart().getYear() + "/" + school().yearEnd().getYear();
  }

  private Map<String, Object> year() {
    Map<String, Object> year = new LinkedHashMap<>();
    year.put("id", school().yearId());
    year.put("name", yearName());
    year.put("schoolId", school().id());
    year.put("startDate", Wire.date(school().yearStart()));
    year.put("endDate", Wire.date(school().yearEnd()));
    year.put("closed", "Open");
    year.put(
        "globalYear",
        Map.of(
            "id", school().yearStart().getYear(),
            "name", yearName(),
            "startDate", Wire.date(school().yearStart().withDayOfMonth(1)),
            "endDate", Wire.date(school().yearEnd().withMonth(8).withDayOfMonth(31))));
    return year;
  }

  private School school() {
    return schools.get();
  }
}
