package ru.netcity.gateway.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.domain.Observation;
import ru.netcity.gateway.domain.UnitScope;

/** Made-up pulls: marks of one class in the week of 2 September 2024. */
final class Pulls {
  static final LocalDate MONDAY = LocalDate.of(2024, 9, 2);

  private Pulls() {}

  static UnitScope week(int schoolId, int classId) {
    return new UnitScope(schoolId, classId, MONDAY, MONDAY.plusDays(6));
  }

  /** {@code n} marks "5", one per student, keyed by class and student. */
  static List<Observation> marks(UnitScope scope, int n) {
    List<Observation> marks = new ArrayList<>();
    for (int student = 1; student <= n; student++) {
      marks.add(mark(scope, student, "5"));
    }
    return marks;
  }

  static Observation mark(UnitScope scope, int student, String value) {
    return new Observation(
        EntryKind.MARK,
        "MARK:" + scope.classId() + ":" + student,
        scope.classId(),
        MONDAY.plusDays(student % 5),
        "Математика",
        10000 + student,
        value,
        LocalDateTime.of(2024, 9, 2, 15, 30, 0, 123_456_789));
  }

  static List<Observation> without(List<Observation> pull, String key) {
    return pull.stream().filter(o -> !o.key().equals(key)).toList();
  }

  static List<Observation> with(List<Observation> pull, String key, UnaryOperator<Observation> f) {
    return pull.stream().map(o -> o.key().equals(key) ? f.apply(o) : o).toList();
  }

  static Observation value(Observation o, String value) {
    return new Observation(
        o.kind(),
        o.key(),
        o.classId(),
        o.lessonDate(),
        o.subject(),
        o.studentId(),
        value,
        o.aisEnteredAt());
  }

  static Observation noAisTime(Observation o) {
    return new Observation(
        o.kind(),
        o.key(),
        o.classId(),
        o.lessonDate(),
        o.subject(),
        o.studentId(),
        o.value(),
        null);
  }
}
