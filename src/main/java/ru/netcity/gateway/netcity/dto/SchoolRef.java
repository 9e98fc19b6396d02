package ru.netcity.gateway.netcity.dto;

/** A row of {@code schools/search}; {@code name} may carry the town and a trailing space. */
public record SchoolRef(int id, String name, String shortName) {
  public boolean isNamed(String wanted) {
    String w = wanted.trim();
    return (shortName != null && shortName.trim().equalsIgnoreCase(w))
        || (name != null && name.trim().equalsIgnoreCase(w))
        || (name != null
            && name.contains(" (")
            && name.substring(0, name.indexOf(" (")).trim().equalsIgnoreCase(w));
  }
}
