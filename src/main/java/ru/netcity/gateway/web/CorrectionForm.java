package ru.netcity.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import ru.netcity.gateway.corrections.NewCorrection;

/**
 * A request as a teacher sends it over HTTP. The filer is the signed-in account and the date and
 * time of filing are the server's (a request covers only changes made after it was filed in the
 * gateway), so a body that names any of them is refused rather than silently overruled.
 */
record CorrectionForm(
    String className,
    LocalDate targetDate,
    String subject,
    String changes,
    String reason,
    String basisDocument,
    JsonNode requestedOn,
    JsonNode filedAt,
    JsonNode teacher) {

  NewCorrection filedBy(String teacherName) {
    if (requestedOn != null) {
      throw Refused.badRequest(
          "Дату заявки ставит сервер в момент подачи: уберите поле «requestedOn».");
    }
    if (filedAt != null) {
      throw Refused.badRequest(
          "Время подачи заявки ставит сервер в момент подачи: уберите поле «filedAt».");
    }
    if (teacher != null) {
      throw Refused.badRequest(
          "Заявку подаёт вошедший пользователь от своего имени: уберите поле «teacher».");
    }
    return new NewCorrection(
        className, teacherName, targetDate, subject, changes, reason, basisDocument);
  }
}
