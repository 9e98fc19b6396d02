package ru.netcity.mock.school;

/**
 * A student.
 *
 * @param group subgroup (1 or 2) for lessons split into groups
 */
public record Student(
    int id, String lastName, String firstName, String patronymic, int classId, int group) {
  /** "Фамилия Имя", as {@code student/diary/init} shows it. */
  public String nickName() {
    return lastName + " " + firstName;
  }

  public String fullName() {
    return lastName + " " + firstName + " " + patronymic;
  }
}
