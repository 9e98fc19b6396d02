package ru.netcity.gateway.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.report.HtmlPdfDocuments;
import ru.netcity.gateway.report.ReportTable;
import ru.netcity.gateway.report.SummarySheetDocuments;
import ru.netcity.gateway.report.SummarySheets;
import ru.netcity.gateway.report.TermReport;
import ru.netcity.gateway.support.Printing;

/**
 * {@code run <dir> <rounds>}: on the audited ledger AuditYearBench filled, times per round the term
 * report's PDF («2 четверть») and the whole school's year-end summary sheet as PDF and XLSX.
 */
public final class ReportPdfBench {
  private ReportPdfBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    HtmlPdfDocuments pdf = Printing.pdf("Шамрин И. В.", "");
    try (HikariDataSource db = AuditYearBench.database(dir)) {
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      int school =
          new JdbcTemplate(db)
              .queryForObject("SELECT school_id FROM sync_run LIMIT 1", Integer.class);
      TermReport terms = new TermReport(db);
      SummarySheetDocuments sheets =
          new SummarySheetDocuments(new SummarySheets(db, StudentNames.NONE), pdf);
      for (int round = 1; round <= rounds; round++) {
        long t0 = System.nanoTime();
        ReportTable table = terms.table(school, "2 четверть");
        byte[] termPdf = pdf.render("print/table", Map.of("table", table), false);
        long t1 = System.nanoTime();
        Map<String, Object> model = sheets.model(school, null, LocalDate.of(2026, 5, 31));
        long t2 = System.nanoTime();
        byte[] sheetPdf = sheets.pdf(model);
        long t3 = System.nanoTime();
        byte[] sheetXlsx = sheets.xlsx(model);
        long t4 = System.nanoTime();
        System.out.printf(
            "round %d: term report PDF %d ms (%d KB, %d rules); summary sheets read %d ms,"
                + " PDF %d ms (%d KB), XLSX %d ms (%d KB)%n",
            round,
            (t1 - t0) / 1_000_000,
            termPdf.length / 1024,
            table.rows().size(),
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000,
            sheetPdf.length / 1024,
            (t4 - t3) / 1_000_000,
            sheetXlsx.length / 1024);
      }
    }
  }
}
