package ru.netcity.gateway.notify;

import java.util.List;

/** The import file was refused: its problems, one Russian line each; nothing was stored. */
public final class ParentImportException extends RuntimeException {
  private final List<String> problems;

  public ParentImportException(List<String> problems) {
    super(problems.size() + " problem(s) in the parents' file");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
