package ru.netcity.gateway.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ru.netcity.gateway.corrections.CorrectionException;

/** Errors of the JSON API as {@code {"errors": [...]}}, worded for the person using it. */
@RestControllerAdvice(
    assignableTypes = {
      CorrectionController.class,
      FindingsController.class,
      ReportApi.class,
      ComplaintController.class,
      StartLinkController.class
    })
class ApiErrors {

  static String tooLarge(long max) {
    return "Тело запроса длиннее " + max / 1024 + " КБ.";
  }

  @ExceptionHandler(CorrectionException.class)
  ResponseEntity<Map<String, List<String>>> refused(CorrectionException e) {
    return errors(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.problems());
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, List<String>>> refused(Refused e) {
    return errors(e.status(), List.of(e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, List<String>>> unreadable(HttpMessageNotReadableException e) {
    if (NestedExceptionUtils.getMostSpecificCause(e) instanceof BodyLimitFilter.BodyTooLarge big) {
      return errors(HttpStatus.BAD_REQUEST, List.of(tooLarge(big.max())));
    }
    return errors(
        HttpStatus.BAD_REQUEST,
        List.of(
            "Тело запроса не читается как JSON заявки: проверьте кавычки, скобки и имена полей;"
                + " даты пишутся как ГГГГ-ММ-ДД."));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, List<String>>> notJson(HttpMediaTypeNotSupportedException e) {
    return errors(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        List.of("Тело запроса передаётся как JSON (Content-Type: application/json)."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, List<String>>> badParameter(MethodArgumentTypeMismatchException e) {
    return errors(
        HttpStatus.BAD_REQUEST,
        List.of(
            "Неверное значение параметра «"
                + e.getName()
                + "»: даты пишутся как ГГГГ-ММ-ДД, номера — цифрами, статус — PENDING, APPROVED"
                + " или REJECTED."));
  }

  private static ResponseEntity<Map<String, List<String>>> errors(
      HttpStatus status, List<String> messages) {
    return ResponseEntity.status(status).body(Map.of("errors", messages));
  }
}
