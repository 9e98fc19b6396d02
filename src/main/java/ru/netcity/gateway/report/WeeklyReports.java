package ru.netcity.gateway.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Completeness;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;

/**
 * The e-mails of routes/weekly-reports for the week just ended: the deputy director's compliance
 * report (order 4.1), each teacher's standard report of progress and attendance in their classes
 * with their own findings, each class teacher's of their class (4.3, 4.4), as PDF. Recipients are
 * the enabled accounts with an e-mail address. Only the days the completeness gate lets through are
 * reported; the days it left out are named as such, and a recipient none of whose classes has a
 * complete day gets no mail.
 */
public final class WeeklyReports {
  private static final Logger LOG = LoggerFactory.getLogger(WeeklyReports.class);
  static final String TEMPLATE = "reports/weekly";

  private final DataSource dataSource;
  private final AuditService audits;
  private final Accounts accounts;
  private final PdfDocuments pdf;
  private final Clock clock;
  private final ZoneId zone;

  public WeeklyReports(
      DataSource dataSource,
      AuditService audits,
      Accounts accounts,
      PdfDocuments pdf,
      Clock clock,
      ZoneId zone) {
    this.dataSource = dataSource;
    this.audits = audits;
    this.accounts = accounts;
    this.pdf = pdf;
    this.clock = clock;
    this.zone = zone;
  }

  /** The mails due now: about the last whole week before today in the school's zone. */
  public List<ReportMail> due() {
    return of(Week.before(LocalDate.now(clock.withZone(zone))));
  }

  public List<ReportMail> of(Week week) {
    Optional<AuditRun> run = audits.latest();
    if (run.isEmpty()) {
      LOG.info("weekly reports: no audit yet, nothing to send");
      return List.of();
    }
    int school = run.get().schoolId();
    Completeness gate = audits.completeness(school);
    WeekData data = WeekData.read(dataSource, school, week, gate);
    List<Finding> findings =
        audits
            .findings(run.get(), new FindingFilter(week.monday(), week.sunday(), null, null, null))
            .stream()
            .filter(f -> f.lessonDate() != null && gate.complete(f.classId(), f.lessonDate()))
            .toList();
    List<ReportMail> mails = new ArrayList<>();
    for (Account account : accounts.list()) {
      if (!account.enabled() || account.email() == null) {
        continue;
      }
      WeeklyReport report = WeeklyReport.of(account, week, data, findings);
      if (report == null) {
        LOG.info("weekly reports: none for {} (no complete day of its classes)", account.login());
        continue;
      }
      mails.add(mail(account, week, report));
    }
    LOG.info("weekly reports for {}: {} mails", week.monday(), mails.size());
    return mails;
  }

  private ReportMail mail(Account account, Week week, WeeklyReport report) {
    byte[] document =
        pdf.render(
            TEMPLATE,
            Map.of(
                "title", report.title(),
                "subtitle", report.subtitle(),
                "tables", report.tables(),
                "leftOut", report.leftOut()),
            false);
    String text =
        "Здравствуйте, "
            + account.displayName()
            + "!\n\n"
            + report.title()
            + " за неделю "
            + week.label()
            + " — во вложении (PDF).\n"
            + (report.leftOut().isEmpty()
                ? ""
                : "\nДанные неполные и в отчёт не вошли:\n  "
                    + String.join("\n  ", report.leftOut())
                    + "\n")
            + "\nПисьмо отправлено шлюзом электронного журнала автоматически.";
    return new ReportMail(
        account.login(),
        account.email(),
        report.title() + ", " + week.label(),
        text,
        "otchet-" + week.monday() + ".pdf",
        document);
  }

  static boolean isTeacher(Account account) {
    return account.role() == Role.TEACHER || account.role() == Role.CLASS_TEACHER;
  }
}
