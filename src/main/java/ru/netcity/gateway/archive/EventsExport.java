package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.ledger.ChainReplay;

/**
 * Writes the ledger's events up to the snapshot's head, re-verifying the chain on the way. Events
 * are append-only, so a connection of its own sees exactly the rows up to the head: this runs
 * beside the journal's export, on the other core.
 */
final class EventsExport {
  static final String FILE = "ledger/events.csv.gz";

  /**
   * Rows a query: read along the primary key and sorted in memory (one big query sorts on disk).
   */
  private static final int EVENTS_AT_ONCE = 20_000;

  private final JdbcTemplate jdbc;
  private final BagBuilder bag;

  EventsExport(DataSource dataSource, BagBuilder bag) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.bag = bag;
  }

  /**
   * Writes the events and returns what the chain check of the written rows found (empty: every
   * event links and the last is the head). A broken chain in the database must not be signed; the
   * bytes on disk are then held to these rows by the manifest's digests.
   */
  List<String> write(LedgerHead head, Consumer<String> progress) {
    ChainReplay replay = new ChainReplay(head.schoolId());
    try (OutputStream out = bag.payload(FILE);
        CsvLines lines = new CsvLines(out, row -> replay.next(archived(row)))) {
      for (long from = 0; from < head.seq(); from += EVENTS_AT_ONCE) {
        jdbc.query(
            "SELECT school_id, seq, run_id, unit_key, kind, entry_key, class_id, lesson_date,"
                + " subject, student_id, value_text, ais_entered_at, first_seen_at, change,"
                + " prev_hash, hash FROM ledger_event WHERE school_id = ? AND seq > ? AND seq <= ?"
                + " ORDER BY school_id, seq", // the key's order: H2 reads it without sorting
            lines::extract,
            head.schoolId(),
            from,
            Math.min(from + EVENTS_AT_ONCE, head.seq()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.accept("ledger events up to seq " + head.seq() + " written and re-verified");
    List<String> problems = new ArrayList<>();
    if (replay.firstBroken() != 0) {
      problems.add("the ledger chain breaks at seq " + replay.firstBroken());
    } else if (replay.seq() != head.seq() || !replay.hash().equals(head.hash())) {
      problems.add("the ledger chain ends at seq " + replay.seq() + ", not at its head");
    }
    return problems;
  }

  /** The row as the file holds it: dates and times as their text. */
  private static ChainReplay.Archived archived(Object[] v) {
    return new ChainReplay.Archived(
        ((Long) v[0]).intValue(),
        (Long) v[1],
        (String) v[2],
        (String) v[3],
        (String) v[4],
        (String) v[5],
        ((Long) v[6]).intValue(),
        (String) v[7],
        (String) v[8],
        v[9] == null ? null : ((Long) v[9]).intValue(),
        (String) v[10],
        (String) v[11],
        (String) v[12],
        (String) v[13],
        (String) v[14],
        (String) v[15]);
  }
}
