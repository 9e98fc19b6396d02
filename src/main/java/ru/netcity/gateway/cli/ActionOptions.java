package ru.netcity.gateway.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} pairs after a command's action and its positional words. */
final class ActionOptions {
  private ActionOptions() {}

  /**
   * The options from {@code words[from]} on.
   *
   * @param command the command and its action, for the messages ("users add")
   * @throws IllegalArgumentException an option {@code allowed} does not name, or one without value
   */
  static Map<String, String> parse(
      List<String> words, int from, Set<String> allowed, String command) {
    Map<String, String> options = new HashMap<>();
    for (int i = from; i < words.size(); i += 2) {
      String option = words.get(i);
      String name = option.startsWith("--") ? option.substring(2) : "";
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("unknown option '" + option + "' for " + command);
      }
      if (i + 1 >= words.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      options.put(name, words.get(i + 1));
    }
    return Map.copyOf(options);
  }
}
