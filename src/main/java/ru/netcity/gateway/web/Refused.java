package ru.netcity.gateway.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses with that status and a Russian message for the person. */
final class Refused extends RuntimeException {
  private final HttpStatus status;

  private Refused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static Refused badRequest(String message) {
    return new Refused(HttpStatus.BAD_REQUEST, message);
  }

  static Refused forbidden(String message) {
    return new Refused(HttpStatus.FORBIDDEN, message);
  }

  static Refused notFound(String message) {
    return new Refused(HttpStatus.NOT_FOUND, message);
  }

  HttpStatus status() {
    return status;
  }
}
