package ru.netcity.gateway.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ru.netcity.gateway.corrections.CorrectionException;

/** Errors of the register's API as {@code {"errors": [...]}}, worded for the person using it. */
@RestControllerAdvice(assignableTypes = CorrectionController.class)
class CorrectionErrors {

  @ExceptionHandler(CorrectionException.class)
  ResponseEntity<Map<String, List<String>>> refused(CorrectionException e) {
    return ResponseEntity.status(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
        .body(Map.of("errors", e.problems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, List<String>>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "errors",
                List.of("Тело запроса не читается как JSON заявки; даты пишутся как ГГГГ-ММ-ДД.")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, List<String>>> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "errors",
                List.of(
                    "Неверное значение параметра «"
                        + e.getName()
                        + "»: даты пишутся как ГГГГ-ММ-ДД, статус — PENDING, APPROVED или"
                        + " REJECTED.")));
  }
}
