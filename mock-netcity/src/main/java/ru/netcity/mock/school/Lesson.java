package ru.netcity.mock.school;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A held lesson (class meeting).
 *
 * @param id classmeetingId
 * @param group 0 for the whole class, 1 or 2 for one group of a split lesson
 * @param start normally the bell time; differs when the timetable moved the lesson
 * @param topic the lesson record (тема урока)
 * @param topicEnteredAt when the teacher entered the topic (school time zone)
 * @param untimed the diary shows the lesson without start and end times (its bell's are still
 *     {@code start} and {@code end}, which the truth uses)
 */
public record Lesson(
    long id,
    int classId,
    LocalDate date,
    int number,
    LocalTime start,
    LocalTime end,
    int subjectId,
    int teacherId,
    String room,
    int group,
    String topic,
    LocalDateTime topicEnteredAt,
    boolean untimed) {
  public boolean isFor(Student student) {
    return student.classId() == classId && (group == 0 || group == student.group());
  }
}
