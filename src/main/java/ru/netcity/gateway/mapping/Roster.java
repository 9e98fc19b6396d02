package ru.netcity.gateway.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.netcity.gateway.netcity.StudentRef;

/**
 * Ties the full names of report rows ("Фамилия Имя Отчество") to the roster, whose names are the
 * diary's "Фамилия Имя". Names are personal data: they are compared here and never leave.
 */
final class Roster {
  private final List<StudentRef> students;
  private final List<String> nicks;

  /** By the cell text as the report gives it: a report repeats each name in many rows. */
  private final Map<String, List<Integer>> cache = new HashMap<>();

  Roster(List<StudentRef> students) {
    this.students = List.copyOf(students);
    this.nicks = this.students.stream().map(s -> normal(s.name())).toList();
  }

  /** The ids whose roster name is the full name or its beginning; one id when the match is sure. */
  List<Integer> matches(String fullName) {
    if (fullName == null) {
      return List.of();
    }
    return cache.computeIfAbsent(fullName, name -> search(normal(name)));
  }

  private List<Integer> search(String fullName) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < students.size(); i++) {
      String nick = nicks.get(i);
      if (!nick.isEmpty()
          && fullName.startsWith(nick)
          && (fullName.length() == nick.length() || fullName.charAt(nick.length()) == ' ')) {
        ids.add(students.get(i).id());
      }
    }
    return List.copyOf(ids);
  }

  /** Spaces only: the AIS pads cells and may double (or no-break) the space between name parts. */
  private static String normal(String name) {
    return JournalIndex.normal(name);
  }
}
