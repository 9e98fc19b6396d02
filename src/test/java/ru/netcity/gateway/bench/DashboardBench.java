package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.report.Certification;
import ru.netcity.gateway.report.Compliance;
import ru.netcity.gateway.report.ComplianceReport;
import ru.netcity.gateway.report.HtmlPdfDocuments;
import ru.netcity.gateway.report.ReportFilter;
import ru.netcity.gateway.report.ReportModel;
import ru.netcity.gateway.report.Viewer;
import ru.netcity.gateway.report.XlsxWriter;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.support.Printing;

/**
 * The dashboard of a school year: on the ledger {@code bench/audit-year.sh} fills (audited here
 * once if no audit is stored), reads the report snapshot (once per audit run), then renders the
 * dashboard page from its Thymeleaf template for the whole year and for one term, with its XLSX and
 * its PDF (the same template through the PDF renderer, as the page's «PDF» link), and prints each;
 * {@code -Dbench.html=PATH} also saves the first round's pages as PATH-year.html and
 * PATH-term.html.
 */
public final class DashboardBench {
  private static final Clock AFTER_THE_YEAR =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));

  private DashboardBench() {}

  public static void main(String[] args) throws java.io.IOException {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (HikariDataSource db = AuditYearBench.database(dir)) {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      AuditJob job = PackagedAudit.job(db, AFTER_THE_YEAR);
      AuditService audits = new AuditService(job, db);
      if (audits.latest().isEmpty()) {
        long start = System.nanoTime();
        audits.audit();
        System.out.printf("audited first: %.2f s%n", (System.nanoTime() - start) / 1e9);
      }
      Compliance compliance = new Compliance(audits);
      SpringTemplateEngine engine = Printing.templates();
      HtmlPdfDocuments pdfs =
          new HtmlPdfDocuments(engine, () -> new Certification("Шамрин И. В.", "", "30.06.2026"));

      long start = System.nanoTime();
      ComplianceReport year =
          compliance.report(ReportFilter.NONE, Viewer.everything()).orElseThrow();
      System.out.printf(
          "snapshot read (once per audit run): %.2f s; %d units checked, %d findings counted%n",
          (System.nanoTime() - start) / 1e9, year.total().units(), year.total().findings());
      String term =
          compliance.choices(Viewer.everything()).get("terms").stream().findFirst().orElseThrow();
      ReportFilter termFilter = ReportFilter.NONE.with("term", term);
      for (int round = 1; round <= rounds; round++) {
        for (ReportFilter filter : List.of(ReportFilter.NONE, termFilter)) {
          long t0 = System.nanoTime();
          ComplianceReport report = compliance.report(filter, Viewer.everything()).orElseThrow();
          Map<String, Object> model =
              ReportModel.dashboard(
                  ReportModel.base(filter, null, compliance.choices(Viewer.everything())), report);
          String html = engine.process("reports/dashboard", new Context(null, model));
          long t1 = System.nanoTime();
          String save = System.getProperty("bench.html");
          if (save != null && round == 1) {
            java.nio.file.Files.writeString(
                Path.of(save + (filter == ReportFilter.NONE ? "-year" : "-term") + ".html"), html);
          }
          byte[] xlsx =
              XlsxWriter.write(
                  ru.netcity.gateway.report.ReportView.dashboard().stream()
                      .map(v -> v.table(report))
                      .toList());
          long t2 = System.nanoTime();
          Map<String, Object> printed = new java.util.HashMap<>(model);
          printed.put("pdf", true);
          byte[] pdf = pdfs.render("reports/dashboard", printed, false);
          long t3 = System.nanoTime();
          System.out.printf(
              "round %d, %s: dashboard page %.3f s (%d KB HTML, %d classes, %d teachers),"
                  + " its XLSX %.3f s (%d KB), its PDF %.3f s (%d KB)%n",
              round,
              filter.words(),
              (t1 - t0) / 1e9,
              html.length() / 1024,
              report.byClass().size(),
              report.byTeacher().size(),
              (t2 - t1) / 1e9,
              xlsx.length / 1024,
              (t3 - t2) / 1e9,
              pdf.length / 1024);
        }
      }
    }
  }
}
