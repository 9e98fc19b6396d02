package ru.netcity.gateway.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.netcity.gateway.notify.ParentService;

/**
 * {@code parents template|import|list|link …}: the class teachers' register of parents and
 * consents, and the messenger start link for one parent × child.
 *
 * @param file the file of import
 * @param options the options by name without the leading dashes
 */
public record ParentsRequest(String action, Path file, Map<String, String> options)
    implements Command.Request {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "template", Set.of("format", "out"),
          "import", Set.of(),
          "list", Set.of("class", "format"),
          "link", Set.of("parent", "student", "channel", "by"));

  static ParentsRequest parse(List<String> words) {
    if (words.isEmpty() || !ALLOWED.containsKey(words.get(0))) {
      throw new IllegalArgumentException("parents needs one of: template, import, list, link");
    }
    String action = words.get(0);
    int next = 1;
    Path file = null;
    if (action.equals("import")) {
      if (words.size() != 2) {
        throw new IllegalArgumentException("parents import takes the file only");
      }
      file = Path.of(words.get(1));
      next = 2;
    }
    Map<String, String> options =
        ActionOptions.parse(words, next, ALLOWED.get(action), "parents " + action);
    ParentsRequest request = new ParentsRequest(action, file, options);
    if (action.equals("template")) {
      request.templateFormat();
      if (request.out() == null) {
        throw new IllegalArgumentException("parents template needs --out FILE");
      }
    }
    if (action.equals("list")) {
      request.json();
    }
    if (action.equals("link")) {
      for (String name : List.of("parent", "student", "channel", "by")) {
        if (!options.containsKey(name)) {
          throw new IllegalArgumentException(
              "parents link needs --parent ID --student ID --channel telegram|max --by LOGIN");
        }
      }
      request.parentId();
      request.studentId();
    }
    return request;
  }

  ParentService.Format templateFormat() {
    return switch (options.getOrDefault("format", "csv")) {
      case "csv" -> ParentService.Format.CSV;
      case "xlsx" -> ParentService.Format.XLSX;
      default ->
          throw new IllegalArgumentException(
              "--format takes csv or xlsx, not '" + options.get("format") + "'");
    };
  }

  Path out() {
    return options.containsKey("out") ? Path.of(options.get("out")) : null;
  }

  long parentId() {
    return number("parent");
  }

  int studentId() {
    return Math.toIntExact(number("student"));
  }

  /** The channel's name as given; {@code StartLinks.channel} reads it. */
  String channel() {
    return options.get("channel");
  }

  /** The login of the class teacher the link is issued for (and whose classes are checked). */
  String by() {
    return options.get("by");
  }

  private long number(String name) {
    try {
      return Long.parseLong(options.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--" + name + " takes a number, not '" + options.get(name) + "'");
    }
  }

  String className() {
    return options.get("class");
  }

  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new IllegalArgumentException("--format takes json or text, not '" + format + "'");
    }
    return format.equals("json");
  }
}
