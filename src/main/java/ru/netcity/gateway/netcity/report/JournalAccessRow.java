package ru.netcity.gateway.netcity.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry or change of «Доступ к журналу» ({@code journalaccess}).
 *
 * @param enteredAt when it was entered, school time
 * @param user who entered it, as the AIS shows the name
 * @param lessonDate the lesson date; the term's last day for term marks
 * @param lesson the «Урок» cell: a lesson number, or a term name such as "Год" for term marks
 * @param student the student, or null for entries about the whole lesson (topic, homework)
 * @param object what was entered: Тема урока, Домашнее задание, Оценка, Отметка о посещении or
 *     Итоговая отметка
 * @param before the previous value, or null for a first entry
 * @param after the new value, or null when the row records a deletion («Стало» empty, the old value
 *     in «Было»)
 */
public record JournalAccessRow(
    LocalDateTime enteredAt,
    String user,
    String className,
    String subject,
    LocalDate lessonDate,
    String lesson,
    String student,
    String object,
    String before,
    String after) {
  /** A deletion: the log shows the old value and no new one. */
  public boolean deletion() {
    return after == null;
  }
}
