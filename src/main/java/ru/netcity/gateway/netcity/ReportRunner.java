package ru.netcity.gateway.netcity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.netcity.hub.HubMethod;
import ru.netcity.gateway.netcity.hub.QueueHubClient;
import ru.netcity.gateway.netcity.report.AbsenceRow;
import ru.netcity.gateway.netcity.report.GradeRow;
import ru.netcity.gateway.netcity.report.JournalAccessRow;
import ru.netcity.gateway.netcity.report.MalformedReportException;
import ru.netcity.gateway.netcity.report.ReportHtml;
import ru.netcity.gateway.netcity.report.TermMarkRow;

/**
 * Runs AIS reports: the class-wide ones (SID "-1") and the evidenced one-student ones of
 * netcity-api.md §2.2.1. Each opens the SignalR hub, {@code queue}s, invokes the hub method the
 * server's version takes, then reads {@code files/{id}} into typed rows. A report that fails, drops
 * or times out is queued once more.
 */
public final class ReportRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ReportRunner.class);
  private static final int ATTEMPTS = 2;

  private final NetCityClient client;
  private final Duration timeout;
  private final QueueHubClient hub;
  private Integer yearId;

  ReportRunner(NetCityClient client, Budget budget) {
    this.client = client;
    this.timeout = budget.reportTimeout();
    this.hub = new QueueHubClient(budget.connectTimeout(), budget.maxJsonSize());
  }

  /**
   * «Отчёт об успеваемости» of one student in one subject (SGID) over the dates: each mark with the
   * date it was set (netcity-api.md §2.2.1).
   */
  public List<GradeRow> grades(
      ClassRef schoolClass, StudentRef student, int subjectId, LocalDate from, LocalDate to) {
    Query query =
        new Query(
            "reports/studentgrades",
            selection(
                "SID",
                "" + student.id(),
                "PCLID_IUP",
                schoolClass.id() + "_0",
                "SGID",
                "" + subjectId,
                "TERMID",
                "-1",
                "period",
                period(from, to)));
    return run(query, ReportHtml::grades);
  }

  /** The term, year and final marks of one student ({@code studenttotalmarks}, §2.2.1). */
  public List<TermMarkRow> termMarks(ClassRef schoolClass, StudentRef student) {
    return run(
        termMarksQuery(schoolClass, student), html -> ReportHtml.termMarks(student.id(), html));
  }

  public List<AbsenceRow> attendance(ClassRef schoolClass, LocalDate from, LocalDate to) {
    return run(attendanceQuery(schoolClass, from, to), ReportHtml::attendance);
  }

  public List<JournalAccessRow> journalAccess(ClassRef schoolClass, LocalDate from, LocalDate to) {
    return run(journalAccessQuery(schoolClass, from, to), ReportHtml::journalAccess);
  }

  /**
   * The page of {@link #attendance} or {@link #journalAccess} as the AIS printed it, not read: what
   * a bare loop fetches (the yardstick of the sync benchmark).
   */
  public String page(Page page, ClassRef schoolClass, LocalDate from, LocalDate to) {
    Query query =
        switch (page) {
          case ATTENDANCE -> attendanceQuery(schoolClass, from, to);
          case JOURNAL_ACCESS -> journalAccessQuery(schoolClass, from, to);
        };
    return run(query, html -> html);
  }

  /** The page of {@link #termMarks} as printed, not read (the benchmark's bare loop). */
  public String termMarksPage(ClassRef schoolClass, StudentRef student) {
    return run(termMarksQuery(schoolClass, student), html -> html);
  }

  /** The class reports a sync reads over a window. */
  public enum Page {
    ATTENDANCE,
    JOURNAL_ACCESS
  }

  /** A report and the filter values selected for it. */
  private record Query(String report, List<Map<String, String>> selected) {}

  private static Query termMarksQuery(ClassRef schoolClass, StudentRef student) {
    return new Query(
        "reports/studenttotalmarks",
        selection("SID", "" + student.id(), "PCLID", "" + schoolClass.id()));
  }

  private static Query attendanceQuery(ClassRef schoolClass, LocalDate from, LocalDate to) {
    return new Query(
        "reports/studentattendance",
        selection("SID", "-1", "PCLID", "" + schoolClass.id(), "period", period(from, to)));
  }

  private static Query journalAccessQuery(ClassRef schoolClass, LocalDate from, LocalDate to) {
    return new Query(
        "reports/journalaccess",
        selection("SID", "-1", "PCLID_IUP", schoolClass.id() + "_0", "period", period(from, to)));
  }

  private <T> T run(Query query, Function<String, T> parse) {
    String report = query.report();
    for (int attempt = 1; ; attempt++) {
      try {
        return parse.apply(html(report, query.selected()));
      } catch (NetCityException.ReportFailed
          | NetCityException.Timeout
          | MalformedReportException e) {
        if (attempt >= ATTEMPTS) {
          throw e instanceof MalformedReportException
              ? new NetCityException.Malformed(
                  report, "a page that does not read: " + e.getMessage())
              : (NetCityException) e;
        }
        LOG.warn("report {} failed ({}); queueing it again", report, e.getMessage());
      }
    }
  }

  private String html(String report, List<Map<String, String>> selected) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("selectedData", selected);
    body.put("params", List.of(Map.of("name", "SCHOOLYEARID", "value", "" + yearId())));
    HubMethod method = client.hubMethod();
    String fileId;
    try {
      fileId = awaitFile(report, body, method);
    } catch (TimeoutException e) {
      throw new NetCityException.Timeout(
          report + " (no complete in " + timeout.toSeconds() + " s)", e);
    } catch (QueueHubClient.Oversized e) {
      throw new NetCityException.Malformed(report + " (hub)", e.getMessage());
    } catch (QueueHubClient.HubException e) {
      throw new NetCityException.ReportFailed(report, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetCityException("interrupted while waiting for " + report, e);
    }
    return client.getReport("files/" + fileId).text();
  }

  /**
   * Opens the hub, queues and waits. The hub refuses a session the AIS has ended (401) before any
   * other call could notice: then the client logs in again, as for any 401, and opens it once more.
   */
  private String awaitFile(String report, Map<String, Object> body, HubMethod method)
      throws TimeoutException, InterruptedException {
    String token = client.http().token();
    try {
      return hub.awaitFile(
          client.http().origin(), token, method, () -> queue(report, body), timeout);
    } catch (QueueHubClient.Unauthorized e) {
      client.sessionEnded(token);
      return hub.awaitFile(
          client.http().origin(),
          client.http().token(),
          method,
          () -> queue(report, body),
          timeout);
    }
  }

  /**
   * Queues the report. A lost or garbled answer is queued again within the call's attempts: the
   * worst outcome is a task nobody waits for, which the AIS simply discards.
   */
  private QueueHubClient.Queued queue(String report, Map<String, Object> body) {
    Attempts attempts = client.http().attempts();
    for (; ; ) {
      try {
        Map<String, Object> queued =
            client.postJson(report + "/queue", body, client.mapType(), false, attempts);
        if (queued.get("taskId") instanceof Number taskId) {
          Object key = queued.get("queueKey");
          return new QueueHubClient.Queued(taskId.longValue(), key == null ? null : "" + key);
        }
        throw new NetCityException.Malformed(report + "/queue", "no taskId");
      } catch (NetCityException.Malformed | NetCityException.ServerError e) {
        if (!attempts.pause(Duration.ZERO)) {
          throw e;
        }
        LOG.warn("queueing {} failed ({}); trying again", report, e.getMessage());
      }
    }
  }

  private synchronized int yearId() {
    if (yearId == null) {
      yearId = client.currentYear().id();
    }
    return yearId;
  }

  private static String period(LocalDate from, LocalDate to) {
    return from + "T00:00 - " + to + "T00:00";
  }

  private static List<Map<String, String>> selection(String... pairs) {
    List<Map<String, String>> selected = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      selected.add(Map.of("filterId", pairs[i], "filterValue", pairs[i + 1]));
    }
    return selected;
  }
}
