package ru.netcity.gateway.netcity.dto;

import java.util.List;

/** {@code student/diary/init}; {@code currentStudentId} is an index into {@code students}. */
public record DiaryInit(List<Student> students, int currentStudentId) {
  public DiaryInit {
    students = students == null ? List.of() : students;
  }

  public record Student(int studentId, String nickName, String className, Integer classId) {
    @Override
    public String toString() {
      return "Student[" + studentId + "]";
    }
  }
}
