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
  private final Map<String, List<Integer>> cache = new HashMap<>();

  Roster(List<StudentRef> students) {
    this.students = List.copyOf(students);
  }

  /** The ids whose roster name is the full name or its beginning; one id when the match is sure. */
  List<Integer> matches(String fullName) {
    if (fullName == null) {
      return List.of();
    }
    return cache.computeIfAbsent(normal(fullName), this::search);
  }

  private List<Integer> search(String fullName) {
    List<Integer> ids = new ArrayList<>();
    for (StudentRef s : students) {
      String nick = normal(s.name());
      if (!nick.isEmpty() && (fullName.equals(nick) || fullName.startsWith(nick + " "))) {
        ids.add(s.id());
      }
    }
    return List.copyOf(ids);
  }

  /** Spaces only: the AIS pads cells and may double the space between name parts. */
  private static String normal(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ");
  }
}
