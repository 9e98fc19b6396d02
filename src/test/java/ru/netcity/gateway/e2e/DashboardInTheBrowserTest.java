package ru.netcity.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.PdfText;
import ru.netcity.gateway.sync.SyncJob;
import ru.netcity.gateway.sync.SyncMode;
import ru.netcity.gateway.sync.SyncProgress;

/**
 * In a real browser on the synced and audited mock school, the deputy director's way through the
 * reports: the dashboard (its screenshot is kept, and README shows it), a number of the class
 * table, the findings behind it, and their PDF, whose text holds the first finding's class,
 * subject, teacher and rule.
 */
class DashboardInTheBrowserTest extends BrowserTestBase {
  private static boolean audited;

  @Autowired SyncJob sync;
  @Autowired AuditService audits;

  @BeforeEach
  void schoolSyncedAndAudited() {
    account("deputy", Role.DEPUTY_DIRECTOR, "Завьялова О. П.");
    if (!audited) {
      sync.run(SyncMode.FULL, SyncProgress.SILENT);
      audits.audit();
      audited = true;
    }
  }

  @Test
  void theDeputyDirectorDrillsFromANumberToItsFindingsAndDownloadsTheirPdf() throws Exception {
    signIn("deputy");
    assertThat(currentPath()).startsWith("/reports");
    assertThat(text())
        .contains("Соответствие ведения электронного журнала регламенту", "По классам");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !browser.findElements(By.cssSelector("#rules-chart canvas")).isEmpty());
    assertThat(Files.size(screenshot("dashboard"))).isGreaterThan(10_000);

    WebElement flagged =
        browser.findElement(
            By.xpath(
                "//h2[.='По классам']/following::table[1]//tr[td[3]/a[normalize-space(.)!='0']]"
                    + "/td[3]/a"));
    String className = flagged.findElement(By.xpath("ancestor::tr/td[1]")).getText().strip();
    int count = Integer.parseInt(flagged.getText().strip());
    flagged.click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> currentPath().startsWith("/reports/findings"));

    List<WebElement> rows = browser.findElements(By.cssSelector("tr.finding"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(count);
    List<String> first =
        rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(first.get(1)).isEqualTo(className);
    String subject = first.get(2);
    String teacher = first.get(3);
    String clause = first.get(4).lines().findFirst().orElseThrow();
    assertThat(clause).startsWith("п. ");
    screenshot("findings");

    browser.findElement(By.linkText("PDF")).click();
    Path pdf = downloaded(".pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String printed = PdfText.of(bytes).replaceAll("\\s+", " ");
    // a table cell may wrap a name over lines: its first word is on the line it starts
    assertThat(printed).contains(className, firstWord(subject), firstWord(teacher), "М.П.");
    assertThat(printed).contains(clause.substring(0, clause.indexOf(' ', 3))); // «п. 2.1»
  }

  private static String firstWord(String text) {
    return text.strip().split("\\s+")[0];
  }
}
