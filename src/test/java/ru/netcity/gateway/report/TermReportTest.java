package ru.netcity.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.support.PackagedAudit;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.gateway.support.TestDatabase;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;
import ru.netcity.mock.school.Term;

/**
 * The education department's term report: per rule, the newest audit's findings of the term's dates
 * by severity, as numbers in an XLSX whose header is frozen and filtered.
 */
class TermReportTest {
  @Test
  void theTermsRuleCountsAreTheAuditsFindingsOfTheTerm() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(5, 120));
    Clock clock = Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneId.of("UTC"));
    try (TestDatabase db = TestDatabase.h2()) {
      new SchoolLedger(school).fill(db.dataSource(), clock);
      AuditJob job = PackagedAudit.job(db.dataSource(), clock);
      AuditRun run = job.run(school.id());
      Term second = school.termsOf(7).get(1);
      Map<String, Integer> expected = new HashMap<>();
      for (Finding f :
          new AuditService(job, db.dataSource())
              .findings(run, new FindingFilter(null, null, null, null, null))) {
        if (f.lessonDate() != null
            && !f.lessonDate().isBefore(second.start())
            && !f.lessonDate().isAfter(second.end())) {
          expected.merge(f.rule() + " " + f.severity().label(), 1, Integer::sum);
        }
      }

      ReportTable table = new TermReport(db.dataSource()).table(school.id(), second.name());
      Map<String, Integer> seen = new HashMap<>();
      try (XSSFWorkbook book =
          new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(List.of(table))))) {
        XSSFSheet sheet = book.getSheetAt(0);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:");
        String[] labels = {"нарушение", "предупреждение", "сведения"};
        for (int r = 3; r <= sheet.getLastRowNum(); r++) { // title, subtitle, header
          Row row = sheet.getRow(r);
          for (int s = 0; s < 3; s++) {
            assertThat(row.getCell(2 + s).getCellType()).isEqualTo(CellType.NUMERIC);
            int n = (int) row.getCell(2 + s).getNumericCellValue();
            if (n > 0) {
              seen.merge(row.getCell(0).getStringCellValue() + " " + labels[s], n, Integer::sum);
            }
          }
          assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
      }
      assertThat(expected).isNotEmpty();
      assertThat(seen).isEqualTo(expected);
    }
  }
}
