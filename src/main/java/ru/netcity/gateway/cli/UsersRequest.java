package ru.netcity.gateway.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.security.Role;

/**
 * {@code users add|update|passwd|disable|list …}: the gateway's accounts from the command line. A
 * password never comes from an argument (it would stay in the shell's history and the process
 * list): it is the first line of standard input or of {@code --password-file}.
 *
 * @param login the account of add, passwd and disable
 * @param options the options by name without the leading dashes
 */
public record UsersRequest(String action, String login, Map<String, String> options)
    implements Command.Request {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "add", Set.of("role", "name", "classes", "email", "password-file"),
          "update", Set.of("email"),
          "passwd", Set.of("password-file"),
          "disable", Set.of(),
          "list", Set.of("format"));

  static final String NO_PASSWORD_ARGUMENT =
      "пароль не передаётся аргументом (он остался бы в истории команд и списке процессов):"
          + " подайте его первой строкой стандартного ввода или файлом --password-file";

  /** Parses the words after {@code users}; {@code raw} are all arguments, Spring's included. */
  static UsersRequest parse(List<String> words, String[] raw) {
    if (Arrays.stream(raw).anyMatch(a -> a.equals("--password") || a.startsWith("--password="))) {
      throw new IllegalArgumentException(NO_PASSWORD_ARGUMENT);
    }
    if (words.isEmpty() || !ALLOWED.containsKey(words.get(0))) {
      throw new IllegalArgumentException("users needs one of: add, update, passwd, disable, list");
    }
    String action = words.get(0);
    int next = 1;
    String login = null;
    if (!action.equals("list")) {
      if (words.size() < 2 || words.get(1).startsWith("--")) {
        throw new IllegalArgumentException("users " + action + " needs the login");
      }
      login = words.get(1);
      next = 2;
    }
    Map<String, String> options =
        ActionOptions.parse(words, next, ALLOWED.get(action), "users " + action);
    UsersRequest request = new UsersRequest(action, login, options);
    if (action.equals("add")) {
      request.role();
      if (!options.containsKey("name")) {
        throw new IllegalArgumentException("users add needs --name \"full name\"");
      }
    }
    if (action.equals("update") && !options.containsKey("email")) {
      throw new IllegalArgumentException(
          "users update needs --email ADDRESS (an empty one, --email \"\", removes it)");
    }
    request.json();
    return request;
  }

  Role role() {
    String value = options.get("role");
    if (value == null) {
      throw new IllegalArgumentException(
          "users add needs --role administrator|deputy_director|class_teacher|teacher");
    }
    try {
      return Role.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--role takes administrator, deputy_director, class_teacher or teacher, not '"
              + value
              + "'");
    }
  }

  /** The classes of a teacher, {@code --classes 5А,5Б}. */
  List<String> classes() {
    String value = options.get("classes");
    return value == null ? List.of() : List.of(value.split(","));
  }

  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
    }
    return format.equals("json");
  }

  String option(String name) {
    return options.get(name);
  }
}
