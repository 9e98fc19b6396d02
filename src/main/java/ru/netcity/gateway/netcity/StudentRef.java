package ru.netcity.gateway.netcity;

/** A student of a class (SID); the name is personal data and never logged. */
public record StudentRef(int id, String name) {
  @Override
  public String toString() {
    return "StudentRef[" + id + "]";
  }
}
