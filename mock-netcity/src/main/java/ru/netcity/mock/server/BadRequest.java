package ru.netcity.mock.server;

/** A client error the mock answers with 400 and a Russian {@code message}, as the AIS does. */
public class BadRequest extends RuntimeException {
  private final int status;

  public BadRequest(String message) {
    this(400, message);
  }

  public BadRequest(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
