package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the payload of a school's snapshot from the gateway's database: the journal class by
 * class, the ledger's events up to the head, the newest audit's findings, the correction register,
 * the class lists and, once year marks exist, the summary sheets. Every query has a total order, so
 * the same data gives the same bytes. Runs inside one read-only transaction.
 */
final class JournalExport {
  private final JdbcTemplate jdbc;
  private final BagBuilder bag;
  private final Consumer<String> progress;

  JournalExport(JdbcTemplate jdbc, BagBuilder bag, Consumer<String> progress) {
    this.jdbc = jdbc;
    this.bag = bag;
    this.progress = progress;
  }

  /** Writes everything of the school; {@code names} are pupils' names by id (may be empty). */
  void write(LedgerHead head, Map<Integer, String> classes, Map<Integer, String> names) {
    int school = head.schoolId();
    text("README.txt", SnapshotSchema.README);
    rows(
        "classes.csv",
        "SELECT class_id, class_name, COUNT(*) AS students FROM roster WHERE school_id = ?"
            + " GROUP BY class_id, class_name ORDER BY class_id",
        school);
    writeStudents(school, names);
    SummarySheets summaries = new SummarySheets(bag);
    int done = 0;
    for (int classId : classes.keySet()) {
      writeClass(school, classId, summaries);
      summaries.finishClass(classId, names);
      progress.accept("journal " + ++done + "/" + classes.size() + " classes");
    }
    writeAudit(school);
    rows(
        "corrections.csv",
        "SELECT id, requested_on, class_name, teacher, target_date, subject, changes, reason,"
            + " basis_document, status, decided_by, decided_at, decision_comment, filed_at,"
            + " changes_made FROM correction_request ORDER BY id");
  }

  /** The class's journal; its term and year marks also feed the summary sheets. */
  private void writeClass(int school, int classId, SummarySheets summaries) {
    try (OutputStream out = bag.payload("journal/class-" + classId + ".csv.gz");
        CsvLines lines = new CsvLines(out, summaries::see)) {
      jdbc.query(
          "SELECT kind, entry_key, lesson_date, subject, student_id, value_text, ais_entered_at,"
              + " first_seen_at, last_seq FROM entry_state WHERE school_id = ? AND class_id = ?"
              + " AND deleted = FALSE ORDER BY lesson_date, entry_key",
          lines::extract,
          school,
          classId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeStudents(int school, Map<Integer, String> names) {
    try (OutputStream out = bag.payload("students.csv")) {
      out.write("class_id;student_id;name\n".getBytes(StandardCharsets.UTF_8));
      jdbc.query(
          "SELECT class_id, student_id FROM roster WHERE school_id = ? ORDER BY class_id, student_id",
          rs -> {
            int id = rs.getInt(2);
            String line = rs.getInt(1) + ";" + id + ";" + Csv.cell(names.get(id)) + "\n";
            try {
              out.write(line.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          school);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeAudit(int school) {
    List<String> newest =
        jdbc.queryForList(
            "SELECT id FROM audit_run WHERE school_id = ? ORDER BY finished_at DESC, id LIMIT 1",
            String.class,
            school);
    String run = newest.isEmpty() ? "" : newest.get(0);
    rows(
        "audit/run.csv",
        "SELECT id, school_id, sync_run_id, rule_set_versions, started_at, finished_at, units_done,"
            + " units_total, incomplete_classes, findings FROM audit_run WHERE id = ?",
        run);
    rows(
        "audit/findings.csv",
        "SELECT seq, rule_code, clause, severity, rule_set_version, class_id, class_name, subject,"
            + " teacher, student_id, lesson_date, evidence, message FROM audit_finding"
            + " WHERE run_id = ? ORDER BY seq",
        run);
  }

  private void rows(String path, String sql, Object... args) {
    try (OutputStream out = bag.payload(path);
        CsvLines lines = new CsvLines(out)) {
      jdbc.query(sql, lines::extract, args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String path, String text) {
    try (OutputStream out = bag.payload(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
