package ru.netcity.gateway.audit;

/** How grave a finding is, with the word the deputy director reads. */
public enum Severity {
  VIOLATION("нарушение"),
  WARNING("предупреждение"),
  INFO("сведения");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Severity ofLabel(String label) {
    for (Severity s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity " + label);
  }
}
