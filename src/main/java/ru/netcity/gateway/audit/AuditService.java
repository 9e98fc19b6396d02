package ru.netcity.gateway.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.domain.EntryKind;

/**
 * The audit as the command line, the HTTP API and the sync routes use it: the findings of the
 * newest audit, auditing first when there is none yet or a sync ran since.
 */
public final class AuditService {
  private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

  private final AuditJob job;
  private final AuditStore store;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;

  public AuditService(AuditJob job, DataSource dataSource) {
    this.job = job;
    this.dataSource = dataSource;
    this.store = new AuditStore(dataSource);
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public AuditRun audit() {
    return job.run();
  }

  /**
   * The audit the sync routes hand over to when a sync ends (routes/audit-after-sync): audits anew
   * unless nothing was synced yet or the newest audit is still {@link #current} (no sync run began
   * since, e.g. the AIS refused the login). A run that ended incomplete is audited too: the
   * completeness gate keeps its missing days from the rules and the run lists the classes.
   *
   * @return the new audit run, or empty when none was needed
   */
  public Optional<AuditRun> auditAfterSync() {
    if (new LedgerReader(dataSource).lastSchool().isEmpty() || current().isPresent()) {
      LOG.info("audit after sync: nothing new to audit");
      return Optional.empty();
    }
    return Optional.of(job.run());
  }

  /**
   * The newest audit run, if it is still current: it saw the newest sync run, and that run had
   * finished before the audit started (a run still going may change the ledger).
   */
  public Optional<AuditRun> current() {
    Optional<AuditRun> latest = store.latestRun();
    List<Map<String, Object>> newestSync =
        jdbc.queryForList(
            "SELECT id, finished_at FROM sync_run ORDER BY started_at DESC, id LIMIT 1");
    if (latest.isEmpty() || newestSync.isEmpty()) {
      return latest;
    }
    AuditRun run = latest.get();
    Object finished = newestSync.get(0).get("finished_at");
    LocalDateTime finishedAt =
        finished instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) finished;
    boolean current =
        newestSync.get(0).get("id").equals(run.syncRunId())
            && finishedAt != null
            && !finishedAt.isAfter(run.startedAt());
    return current ? latest : Optional.empty();
  }

  /** The newest audit run, current or not (the HTTP API shows it without auditing anew). */
  public Optional<AuditRun> latest() {
    return store.latestRun();
  }

  /** The completeness gate of the school as the newest pulls leave it. */
  public Completeness completeness(int schoolId) {
    return new LedgerReader(dataSource).completeness(schoolId);
  }

  /**
   * Streams the school's live journal entries of those kinds (the reports' denominators), in no
   * particular order; enum names only reach the query.
   */
  public void entries(int schoolId, Set<EntryKind> kinds, Consumer<JournalEntry> action) {
    new LedgerReader(dataSource).entries(schoolId, kinds, action);
  }

  /** Class names by class id, from the roster of the newest sync. */
  public Map<Integer, String> classNames(int schoolId) {
    return new LedgerReader(dataSource).classNames(schoolId);
  }

  /** Student ids of every class, from the roster of the newest sync. */
  public Map<Integer, List<Integer>> roster(int schoolId) {
    return new LedgerReader(dataSource).roster(schoolId);
  }

  public List<Finding> findings(AuditRun run, FindingFilter filter) {
    return store.findings(run.id(), filter);
  }
}
