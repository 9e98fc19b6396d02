package ru.netcity.gateway.ledger;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's planner statistics of the entry state in step with a growing ledger. A new
 * ledger's first sync writes tens of thousands of rows within a minute, before autovacuum analyses
 * the table; with the statistics of a nearly empty table the planner reads a unit's keys through
 * the school's whole range (0.2 s a lookup instead of 2 ms). So after every doubling of the rows
 * written by this process (from {@link #FIRST} on) the table is analysed, outside the units'
 * transactions. Nothing to do on H2, whose planner needs no statistics for these lookups.
 */
final class PlannerStatistics {
  private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

  /** Rows written before the first analysis. */
  static final long FIRST = 5_000;

  private final JdbcTemplate jdbc;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong nextAnalysis = new AtomicLong(FIRST);
  private final Engine engine;

  PlannerStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.engine = new Engine(jdbc);
  }

  /** Counts a unit's written rows; analyses the entry state when they have doubled. */
  void written(int rows) {
    long total = written.addAndGet(rows);
    long due = nextAnalysis.get();
    if (total < due || !nextAnalysis.compareAndSet(due, total * 2) || !engine.postgres()) {
      return;
    }
    try {
      jdbc.execute("ANALYZE entry_state");
    } catch (RuntimeException e) {
      LOG.warn("planner statistics not refreshed: {}", e.getMessage());
    }
  }
}
