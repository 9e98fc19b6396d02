package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.support.FindingKey;

/**
 * The register in the audit, as the service wires it: an approved request clears the retroactive
 * change it covers, one filed (by the server's clock) after the change clears nothing, and a
 * freshly approved one nobody carried out yet is no finding.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorrectionAuditCommandTest {
  private final String dataDir = "./target/correction-audit-" + UUID.randomUUID();
  private final String[] settings = {
    "--gateway.data-dir=" + dataDir,
    "--gateway.embedded-mock.seed=32",
    "--gateway.embedded-mock.students=40",
    "--netcity.budget.requests-per-second=5000"
  };

  @Test
  void anApprovedRequestClearsTheRetroactiveChangeItCovers(CapturedOutput output) throws Exception {
    assertThat(run(output, "sync", "--once")).isNotNull();
    JsonNode before = findings(output);
    JsonNode retro = first(before, "NO_RETROACTIVE_CHANGE");
    String changedOn =
        LocalDateTime.parse(retro.get("evidence").get("at").asText()).toLocalDate().toString();
    String lessonDate = retro.get("lessonDate").asText();
    String className = retro.get("className").asText();
    String subject = retro.get("subject").asText();
    JsonNode other = another(before, retro);

    fileAndApprove(output, 1, className, lessonDate, subject, changedOn);
    // A request for a lesson nobody touched afterwards: approved, never carried out.
    fileAndApprove(output, 2, className, "2025-09-02", "Предмет без изменений", "2025-09-05");
    // Filed today by the server's clock, after the seeded change: it covers nothing earlier.
    fileAndApprove(
        output,
        3,
        other.get("className").asText(),
        other.get("lessonDate").asText(),
        other.get("subject").asText(),
        null);
    run(output, "audit");
    JsonNode after = findings(output);

    assertThat(keys(after, "NO_RETROACTIVE_CHANGE"))
        .contains(FindingKey.of(other))
        .containsExactlyInAnyOrderElementsOf(
            keys(before, "NO_RETROACTIVE_CHANGE").stream()
                .filter(k -> !k.equals(FindingKey.of(retro)))
                .toList());
    // Approved a moment ago: the teacher still has apply-within-days (CorrectionLogTest has the
    // warning once they have passed, with the audit's clock under the test's control).
    assertThat(keys(after, "CORRECTION_LOG")).isEmpty();
  }

  private void fileAndApprove(
      CapturedOutput output,
      int number,
      String className,
      String lessonDate,
      String subject,
      String changedOn) {
    run(
        output,
        "corrections",
        "file",
        "--class",
        className,
        "--teacher",
        "Учитель",
        "--date",
        lessonDate,
        "--subject",
        subject,
        "--changes",
        "исправить отметку",
        "--reason",
        "ошибка");
    if (changedOn != null) {
      filedBefore(number, changedOn);
    }
    run(
        output,
        "corrections",
        "approve",
        "" + number,
        "--by",
        "Завуч",
        "--changes-made",
        "отметка исправлена");
  }

  /**
   * The request counts from the moment the server filed it, which is now; the seeded changes are in
   * the past. As if it had been filed the day before the change (07:00 in Tomsk).
   */
  private void filedBefore(int number, String changedOn) {
    LocalDate day = LocalDate.parse(changedOn).minusDays(1);
    String url =
        "jdbc:h2:file:"
            + dataDir
            + "/gateway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE correction_request SET requested_on = ?, filed_at = ? WHERE id = ?")) {
      update.setObject(1, day);
      update.setObject(2, day.atStartOfDay());
      update.setLong(3, number);
      assertThat(update.executeUpdate()).isOne();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode findings(CapturedOutput output) throws Exception {
    int mark = output.getOut().length();
    run(output, "findings", "--format", "json");
    return new ObjectMapper().readTree(output.getOut().substring(mark)).get("findings");
  }

  private Integer run(CapturedOutput output, String... command) {
    String[] args = Stream.concat(Stream.of(command), Stream.of(settings)).toArray(String[]::new);
    int exit = GatewayApplication.runCommand(Command.parse(args).orElseThrow(), args);
    assertThat(exit).as(String.join(" ", command) + "\n" + output.getErr()).isZero();
    return exit;
  }

  private static JsonNode first(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("the seeded school has no " + rule + " finding");
  }

  /** A NO_RETROACTIVE_CHANGE finding of another lesson than the one given. */
  private static JsonNode another(JsonNode findings, JsonNode than) {
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("NO_RETROACTIVE_CHANGE")
          && !(f.get("className").equals(than.get("className"))
              && f.get("subject").equals(than.get("subject"))
              && f.get("lessonDate").equals(than.get("lessonDate")))) {
        return f;
      }
    }
    throw new AssertionError("the seeded school has one NO_RETROACTIVE_CHANGE lesson only");
  }

  private static List<String> keys(JsonNode findings, String rule) {
    List<String> keys = new ArrayList<>();
    findings.forEach(
        f -> {
          if (f.get("rule").asText().equals(rule)) {
            keys.add(FindingKey.of(f));
          }
        });
    return keys;
  }
}
