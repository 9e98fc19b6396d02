package ru.netcity.gateway.audit;

import java.util.Map;
import java.util.Set;

/**
 * Names of students for people-facing output. The ledger keeps student ids only (names stay in the
 * AIS), so the names are looked up when findings are shown and never stored or logged.
 */
public interface StudentNames {
  /** No names: findings show the student id only. */
  StudentNames NONE = studentsByClass -> Map.of();

  /** Names ("Фамилия Имя") by student id, for the students of the given classes. */
  Map<Integer, String> names(Map<Integer, Set<Integer>> studentsByClass);
}
