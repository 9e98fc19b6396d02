package ru.netcity.gateway.audit.ruleset;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rule sets of a directory, oldest first; picks the one in force for a term. */
public final class RuleSets {
  private final List<RuleSet> sets;

  public RuleSets(List<RuleSet> sets) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("no rule set: config/rules/ holds no *.yaml file");
    }
    this.sets = sets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
    for (int i = 1; i < this.sets.size(); i++) {
      RuleSet a = this.sets.get(i - 1);
      RuleSet b = this.sets.get(i);
      if (a.effectiveFrom().equals(b.effectiveFrom())) {
        throw new IllegalArgumentException(
            "rule sets "
                + a.version()
                + " and "
                + b.version()
                + " share effective-from "
                + a.effectiveFrom());
      }
      if (a.version().equals(b.version())) {
        throw new IllegalArgumentException("two rule sets have version " + a.version());
      }
    }
  }

  /** The set with the latest effective-from on or before {@code termStart}, if any. */
  public Optional<RuleSet> inForce(LocalDate termStart) {
    RuleSet found = null;
    for (RuleSet set : sets) {
      if (!set.effectiveFrom().isAfter(termStart)) {
        found = set;
      }
    }
    return Optional.ofNullable(found);
  }

  public List<RuleSet> all() {
    return sets;
  }
}
