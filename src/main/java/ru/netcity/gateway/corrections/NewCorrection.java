package ru.netcity.gateway.corrections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request as a teacher files it; its date is always the day it is filed (the server's clock), so
 * a request cannot be backdated. {@link #problems} lists what is wrong with it, in Russian, for the
 * person filing it.
 */
public record NewCorrection(
    String className,
    String teacher,
    LocalDate targetDate,
    String subject,
    String changes,
    String reason,
    String basisDocument) {

  static final int MAX_TEXT = 4000;

  List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    required(problems, className, "класс", 20);
    required(problems, teacher, "учитель", 200);
    required(problems, subject, "предмет", 300);
    required(problems, changes, "вносимые изменения", MAX_TEXT);
    required(problems, reason, "причина замены", MAX_TEXT);
    if (basisDocument != null && basisDocument.length() > 1000) {
      problems.add("Поле «документ-основание» длиннее 1000 символов.");
    }
    if (targetDate == null) {
      problems.add("Не указана дата урока, сведения за который заменяются.");
    } else if (!targetDate.isBefore(today)) {
      problems.add(
          "Заявка нужна для замены сведений за прошедшую дату: дата урока должна быть раньше даты"
              + " заявки.");
    }
    return problems;
  }

  private static void required(List<String> problems, String value, String field, int max) {
    if (value == null || value.isBlank()) {
      problems.add("Не заполнено поле «" + field + "».");
    } else if (value.length() > max) {
      problems.add("Поле «" + field + "» длиннее " + max + " символов.");
    }
  }
}
