package ru.netcity.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import ru.netcity.gateway.corrections.NewCorrection;

/**
 * A request as a teacher sends it over HTTP. The filer is the signed-in account and the date of the
 * request is the server's, so a body that names either is refused rather than silently overruled.
 */
record CorrectionForm(
    String className,
    LocalDate targetDate,
    String subject,
    String changes,
    String reason,
    String basisDocument,
    JsonNode requestedOn,
    JsonNode teacher) {

  NewCorrection filedBy(String teacherName) {
    if (requestedOn != null) {
      throw Refused.badRequest(
          "Дату заявки ставит сервер в момент подачи: уберите поле «requestedOn».");
    }
    if (teacher != null) {
      throw Refused.badRequest(
          "Заявку подаёт вошедший пользователь от своего имени: уберите поле «teacher».");
    }
    return new NewCorrection(
        className, teacherName, targetDate, subject, changes, reason, basisDocument);
  }
}
