package ru.netcity.gateway.corrections;

import java.util.List;

/** A request or a decision the register refuses; the messages are for people, in Russian. */
public class CorrectionException extends RuntimeException {
  private final List<String> problems;
  private final boolean notFound;

  CorrectionException(List<String> problems, boolean notFound) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
    this.notFound = notFound;
  }

  static CorrectionException invalid(List<String> problems) {
    return new CorrectionException(problems, false);
  }

  static CorrectionException notFound(long id) {
    return new CorrectionException(List.of("Заявка №" + id + " не найдена."), true);
  }

  public List<String> problems() {
    return problems;
  }

  public boolean notFound() {
    return notFound;
  }
}
