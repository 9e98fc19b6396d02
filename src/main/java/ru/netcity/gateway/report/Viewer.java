package ru.netcity.gateway.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose view a report is: everything (administrator, deputy director), the classes of a class
 * teacher, or the lessons and findings that name a teacher.
 *
 * @param classes null when not limited by class
 * @param teacher null when not limited to one teacher's own
 */
public record Viewer(Set<String> classes, String teacher) {
  public static Viewer everything() {
    return new Viewer(null, null);
  }

  public static Viewer ofClasses(List<String> classes) {
    return new Viewer(
        classes.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
        null);
  }

  public static Viewer ofTeacher(String displayName) {
    return new Viewer(null, displayName);
  }

  /** Whether a unit or finding of that class naming those teachers is visible. */
  public boolean sees(String className, String teachers) {
    if (classes != null
        && (className == null || !classes.contains(className.strip().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return teacher == null || Names.names(teachers, teacher);
  }

  public boolean seesClass(String className) {
    return classes == null
        || (className != null && classes.contains(className.strip().toLowerCase(Locale.ROOT)));
  }
}
