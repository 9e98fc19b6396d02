package ru.netcity.gateway.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.netcity.gateway.audit.ruleset.RuleSet;
import ru.netcity.gateway.audit.ruleset.RuleSets;

/**
 * What every rule may consult: the school's time zone, the terms and timetable read from the
 * ledger, the rule set in force for each term, and the time the audited data reaches (the sync).
 *
 * @param asOf school-local time of the newest sync the audit read
 * @param roster student ids by class, as the newest sync read them
 */
public record AuditContext(
    int schoolId,
    ZoneId zone,
    LocalDateTime asOf,
    RuleSets ruleSets,
    Terms terms,
    Timetable timetable,
    Completeness gate,
    Map<Integer, List<Integer>> roster,
    Corrections corrections) {

  /** The rule set in force for the term of that class and day (by the day itself between terms). */
  public Optional<RuleSet> rules(int classId, LocalDate day) {
    return ruleSets.inForce(terms.of(classId, day).map(Term::start).orElse(day));
  }

  /** Whether the term is a half-year, by the marker its rule set names. */
  public boolean isHalfYear(Term term, RuleSet set) {
    return term.name().toLowerCase().contains(set.calendar().halfYearTermMarker().toLowerCase());
  }

  /** A gateway (UTC) time in the school's zone. */
  public LocalDateTime local(LocalDateTime utc) {
    return local(utc, zone);
  }

  /** A gateway (UTC) time in the given zone. */
  public static LocalDateTime local(LocalDateTime utc, ZoneId zone) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
  }

  /**
   * When a CHANGED or DELETED event of the history happened, school-local: the AIS's entry time, or
   * else when the gateway saw it.
   */
  public LocalDateTime changedAt(JournalEntry e) {
    return e.aisEnteredAt() != null ? e.aisEnteredAt() : local(e.firstSeenAt());
  }
}
