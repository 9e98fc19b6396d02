package ru.netcity.gateway.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.audit.Rule;
import ru.netcity.gateway.audit.Rules;

/**
 * {@code findings --format json|csv [--from D] [--to D] [--rule CODE] [--class NAME] [--teacher
 * NAME]}.
 *
 * @param csv CSV instead of JSON (the default)
 */
public record FindingsRequest(boolean csv, FindingFilter filter) implements Command.Request {
  static final Set<String> RULES =
      Rules.all().stream().map(Rule::code).collect(Collectors.toUnmodifiableSet());

  static FindingsRequest parse(List<String> options) {
    boolean csv = false;
    LocalDate from = null;
    LocalDate to = null;
    String rule = null;
    String className = null;
    String teacher = null;
    for (int i = 0; i < options.size(); i += 2) {
      String option = options.get(i);
      if (i + 1 >= options.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = options.get(i + 1);
      switch (option) {
        case "--format" -> csv = format(value);
        case "--from" -> from = date(option, value);
        case "--to" -> to = date(option, value);
        case "--rule" -> rule = rule(value);
        case "--class" -> className = className(value);
        case "--teacher" -> teacher = teacher(value);
        default ->
            throw new IllegalArgumentException("unknown option '" + option + "' for findings");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    return new FindingsRequest(csv, new FindingFilter(from, to, rule, className, teacher));
  }

  private static boolean format(String value) {
    return switch (value) {
      case "json" -> false;
      case "csv" -> true;
      default ->
          throw new IllegalArgumentException("--format takes json or csv, not '" + value + "'");
    };
  }

  private static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes a date YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static String rule(String value) {
    if (!RULES.contains(value)) {
      throw new IllegalArgumentException(
          "unknown rule '"
              + value
              + "'; rules: "
              + String.join(", ", RULES.stream().sorted().toList()));
    }
    return value;
  }

  private static String teacher(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "--teacher takes a teacher's name such as 'Иванова М. П.'");
    }
    return value.strip();
  }

  private static String className(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("--class takes a class name such as 7А");
    }
    return value.strip();
  }
}
