package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The terms of every class. A day between two terms (a vacation) belongs to none. */
public final class Terms {
  private final Map<Integer, List<Term>> byClass = new HashMap<>();

  void add(Term term) {
    byClass.computeIfAbsent(term.classId(), c -> new ArrayList<>()).add(term);
  }

  public Optional<Term> of(int classId, LocalDate day) {
    for (Term t : byClass.getOrDefault(classId, List.of())) {
      if (t.contains(day)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The term of that name ending on {@code end} (term marks carry both). */
  public Optional<Term> ending(int classId, LocalDate end) {
    return byClass.getOrDefault(classId, List.of()).stream()
        .filter(t -> t.end().equals(end))
        .findFirst();
  }

  public List<Term> of(int classId) {
    return byClass.getOrDefault(classId, List.of());
  }
}
