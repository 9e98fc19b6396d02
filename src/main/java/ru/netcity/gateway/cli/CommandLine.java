package ru.netcity.gateway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.config.DataFolder;
import ru.netcity.gateway.corrections.CorrectionService;
import ru.netcity.gateway.corrections.RegisterPrinter;
import ru.netcity.gateway.ledger.LedgerBrokenException;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.sync.ProgressSteps;
import ru.netcity.gateway.sync.SyncBusyException;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncOutcome;
import ru.netcity.gateway.sync.SyncStatus;

/**
 * Runs a one-shot command in a started context. Exit codes of {@code sync --once}: 0 complete, 2
 * some units stayed incomplete, 1 error, 75 refused because another sync of the school runs; of
 * {@code verify} (and of an audit refused for it): 3 the ledger is broken.
 */
public final class CommandLine {
  public static final int COMPLETE = 0;
  public static final int ERROR = 1;
  public static final int INCOMPLETE = 2;
  public static final int BROKEN = 3;

  /** Another process syncs the school now (EX_TEMPFAIL of sysexits.h: try again later). */
  public static final int BUSY = 75;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  public CommandLine(PrintStream out, PrintStream err) {
    this(out, err, System.in);
  }

  /** With the standard input the {@code users} commands read a password from. */
  public CommandLine(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public int execute(Command command, ApplicationContext context) {
    try {
      return switch (command.name()) {
        case "sync" -> sync(command, context.getBean(SyncJob.class));
        case "status" ->
            status(command, context.getBean(SyncStatus.class), context.getBean(DataFolder.class));
        case "audit" -> new AuditCommands(out, err).audit(context.getBean(AuditService.class));
        case "verify" ->
            new VerifyCommand(out).run(command.school(), context.getBean(LedgerVerifier.class));
        case "findings" ->
            new AuditCommands(out, err)
                .findings(
                    command.findings(),
                    context.getBean(AuditService.class),
                    context.getBean(StudentNames.class));
        case "corrections" ->
            new CorrectionCommands(out, err)
                .run(
                    command.corrections(),
                    context.getBean(CorrectionService.class),
                    context.getBean(RegisterPrinter.class));
        case "archive" ->
            new ArchiveCommands(out, err)
                .run(command.archive(), context.getBean(ArchiveService.class));
        case "users" ->
            new UserCommands(out, err, in).run(command.users(), context.getBean(Accounts.class));
        case "parents" ->
            command.parents().action().equals("link")
                ? new ParentCommands(out, err)
                    .link(
                        command.parents(),
                        context.getBean(StartLinks.class),
                        context.getBean(Accounts.class).list())
                : new ParentCommands(out, err)
                    .run(command.parents(), context.getBean(ParentService.class));
        case "notify" -> new NotifyCommands(out, err).run(command.notifications(), context);
        default -> throw new IllegalStateException(command.name());
      };
    } catch (SyncBusyException e) {
      err.printf(
          "ошибка: синхронизация школы %d уже идёт в другом процессе (%s, блокировка до %s UTC);"
              + " эта синхронизация не запущена, повторите позже%n",
          e.schoolId(), e.holder(), e.expiresAt());
      return BUSY;
    } catch (LedgerBrokenException e) {
      err.println("error: " + e.getMessage() + " Аудит не выполнен: сначала выясните причину.");
      return BROKEN;
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return ERROR;
    }
  }

  private int sync(Command command, SyncJob job) {
    long start = System.nanoTime();
    SyncOutcome outcome = job.run(command.mode(), this::progress);
    double seconds = (System.nanoTime() - start) / 1e9;
    err.println();
    var summary = outcome.summary();
    out.printf(
        "sync %s: %d of %d units complete, %d incomplete, %d data-quality issues (run %s)%n"
            + "%d requests, %d records in %.1f s (%.0f records/s)%n",
        outcome.complete() ? "complete" : "INCOMPLETE",
        summary.unitsDone(),
        summary.unitsTotal(),
        outcome.incompleteUnits(),
        outcome.dataQualityIssues(),
        summary.runId(),
        outcome.requests(),
        outcome.records(),
        seconds,
        outcome.records() / Math.max(seconds, 0.001));
    if (!outcome.incompleteClasses().isEmpty()) {
      out.println("classes incomplete: " + String.join(", ", outcome.incompleteClasses()));
    }
    return outcome.complete() ? COMPLETE : INCOMPLETE;
  }

  private void progress(int done, int total, Duration elapsed) {
    Duration eta = done == 0 ? Duration.ZERO : elapsed.multipliedBy(total - done).dividedBy(done);
    err.printf(
        "\rsync: %d/%d units, %s elapsed, ETA %s   ",
        done, total, ProgressSteps.clock(elapsed), ProgressSteps.clock(eta));
  }

  private int status(Command command, SyncStatus status, DataFolder dataFolder) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("dataDir", dataFolder.toString());
    report.putAll(status.report(10));
    if (command.json()) {
      try {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out.println("data folder: " + report.get("dataDir"));
      out.println("last run complete: " + report.get("complete"));
      out.println("counts: " + report.get("counts"));
      out.println("runs: " + report.get("runs"));
    }
    return COMPLETE;
  }
}
