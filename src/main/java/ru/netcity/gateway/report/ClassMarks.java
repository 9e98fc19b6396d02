package ru.netcity.gateway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One class's term and year marks as the ledger holds them (TERM and TERM_MARK entries): the body
 * of the year-end summary sheet «сводная ведомость итоговой успеваемости класса» (5.2, 5.4). Fed
 * entry by entry, so the archive's export and the report read the journal once each.
 */
public final class ClassMarks {
  /** The column of the year marks (the AIS's name of the year's term mark). */
  public static final String YEAR = "Год";

  // start|end -> term name: sorts by the term's dates, and two terms of one start both stay
  private final Map<String, String> terms = new TreeMap<>();
  // student -> subject -> term name -> mark
  private final Map<Integer, Map<String, Map<String, String>>> marks = new TreeMap<>();
  private final Set<String> subjects = new TreeSet<>();
  private boolean yearEnded;

  /** One journal entry of the class; entries of other kinds are ignored. */
  public void see(String kind, String entryKey, String subject, Integer student, String value) {
    if (kind.equals("TERM")) {
      String[] parts = value.split("\\|");
      terms.put(LocalDate.parse(parts[1]) + "|" + LocalDate.parse(parts[2]), parts[0]);
    } else if (kind.equals("TERM_MARK")) {
      String term = entryKey.substring(entryKey.lastIndexOf(':') + 1);
      marks
          .computeIfAbsent(student, s -> new TreeMap<>())
          .computeIfAbsent(subject, s -> new TreeMap<>())
          .put(term, value);
      subjects.add(subject);
      yearEnded |= term.equals(YEAR);
    }
  }

  /** Whether any year mark is in: the sheet of the year can be printed. */
  public boolean yearEnded() {
    return yearEnded;
  }

  /** The terms in date order, then «Год». */
  public List<String> columns() {
    List<String> columns = new ArrayList<>(terms.values().stream().distinct().toList());
    columns.add(YEAR);
    return columns;
  }

  /** The subjects that have a term mark, in alphabetical order. */
  public List<String> subjects() {
    return List.copyOf(subjects);
  }

  /** The pupils who have a term mark, by id. */
  public Set<Integer> students() {
    return marks.keySet();
  }

  /** A pupil's marks: subject → term name (or «Год») → mark as the AIS wrote it. */
  public Map<String, Map<String, String>> of(int student) {
    return marks.getOrDefault(student, Map.of());
  }

  /** The mark, or null when there is none. */
  public String mark(int student, String subject, String term) {
    return of(student).getOrDefault(subject, Map.of()).get(term);
  }
}
