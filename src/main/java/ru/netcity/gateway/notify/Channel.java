package ru.netcity.gateway.notify;

/** A way to reach a parent, with the import column that holds the parent's contact for it. */
public enum Channel {
  EMAIL("Email"),
  TELEGRAM("Telegram"),
  MAX("MAX"),
  SMS("Телефон");

  private final String column;

  Channel(String column) {
    this.column = column;
  }

  /** The column of the import file (and template) with the contact. */
  public String column() {
    return column;
  }
}
