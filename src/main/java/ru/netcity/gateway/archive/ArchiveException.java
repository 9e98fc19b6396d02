package ru.netcity.gateway.archive;

/** The archive cannot do what was asked; the message says why, for an administrator. */
public class ArchiveException extends RuntimeException {
  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
