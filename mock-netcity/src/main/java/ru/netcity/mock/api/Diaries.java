package ru.netcity.mock.api;

import java.util.List;
import java.util.function.IntPredicate;
import ru.netcity.mock.school.Account;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.Student;
import ru.netcity.mock.server.BadRequest;
import ru.netcity.mock.server.Call;

/** Who may read whose diary: a parent their children, the staff account everyone. */
final class Diaries {
  private Diaries() {}

  static List<Student> visibleStudents(School school, Account account) {
    if (account.staff()) {
      return school.students();
    }
    return account.studentIds().stream().map(id -> school.student(id).orElseThrow()).toList();
  }

  /**
   * The student named by {@code studentId}, when the session may read them. A student of another
   * school of the host is refused as another parent's child is (403): the id exists in the AIS, the
   * session's school may not read it (an assumption); an id of no school is not found (404).
   */
  static Student student(School school, Call call, IntPredicate elsewhere) {
    int id =
        call.intQuery("studentId")
            .orElseThrow(() -> new BadRequest("Не указан параметр studentId"));
    Account account = call.session().account();
    if (school.student(id).isEmpty() && elsewhere.test(id)) {
      throw new BadRequest(403, "Доступ запрещён");
    }
    Student student = school.student(id).orElseThrow(() -> new BadRequest(404, "Ученик не найден"));
    if (!account.staff() && !account.studentIds().contains(id)) {
      throw new BadRequest(403, "Доступ запрещён");
    }
    return student;
  }
}
