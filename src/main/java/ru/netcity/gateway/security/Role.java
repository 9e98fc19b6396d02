package ru.netcity.gateway.security;

/** The roles of the order on the electronic journal, with the word the command line prints. */
public enum Role {
  /** The system administrator of the order: decides correction requests, manages nothing else. */
  ADMINISTRATOR("администратор"),
  /** Sees every class's findings and requests; decides nothing. */
  DEPUTY_DIRECTOR("заместитель директора"),
  /** Files requests and sees findings of the classes bound to the account. */
  CLASS_TEACHER("классный руководитель"),
  /** Files requests and sees findings of the classes bound to the account. */
  TEACHER("учитель");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the role sees every class (the others only the classes bound to the account). */
  public boolean seesAllClasses() {
    return this == ADMINISTRATOR || this == DEPUTY_DIRECTOR;
  }

  /** Whether the role files correction requests (as itself). */
  public boolean files() {
    return this == CLASS_TEACHER || this == TEACHER;
  }
}
