package ru.netcity.mock.school;

import java.time.LocalDate;

/**
 * A pupil's time in one class (clause 3.3.1, «движение обучающихся»): the AIS shows him on the
 * class's roster and his diary shows its lessons from {@code from} to {@code to}, both inclusive.
 *
 * @param group his subgroup in the class (1 or 2)
 * @param to the last day in the class, or null while he stays
 */
public record Enrolment(int studentId, int classId, int group, LocalDate from, LocalDate to) {
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
