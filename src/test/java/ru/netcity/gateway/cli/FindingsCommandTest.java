package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;
import ru.netcity.gateway.support.FindingKey;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/** {@code sync --once}, then {@code findings}: the seeded violations, filters, CSV, bad options. */
@ExtendWith(OutputCaptureExtension.class)
class FindingsCommandTest {
  private static final long SEED = 32;
  private static final int STUDENTS = 40;

  @Test
  void findingsAfterASyncAreTheSeededViolations(CapturedOutput output) throws Exception {
    String[] settings = {
      "--gateway.data-dir=./target/cli-" + UUID.randomUUID(),
      "--gateway.embedded-mock.seed=" + SEED,
      "--gateway.embedded-mock.students=" + STUDENTS,
      "--netcity.budget.requests-per-second=5000"
    };
    assertThat(run(settings, "sync", "--once")).isEqualTo(CommandLine.COMPLETE);

    int mark = output.getOut().length();
    assertThat(run(settings, "findings", "--format", "json")).isEqualTo(CommandLine.COMPLETE);
    JsonNode printed = new ObjectMapper().readTree(output.getOut().substring(mark));
    assertThat(output.getErr()).contains("auditing now");

    List<String> seen = new ArrayList<>();
    printed.get("findings").forEach(f -> seen.add(FindingKey.of(f)));
    List<String> truth = new ArrayList<>();
    List<String> truthTeachers = new ArrayList<>();
    new ObjectMapper()
        .readTree(GroundTruth.toJson(SchoolGenerator.generate(new SchoolOptions(SEED, STUDENTS))))
        .get("violations")
        .forEach(
            v -> {
              truth.add(FindingKey.of(v));
              truthTeachers.add(v.get("teacher").asText());
            });
    assertThat(truth).isNotEmpty();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(truth);

    // --teacher: exactly the truth's violations that name him (alone or among others)
    String teacher = truthTeachers.get(0).split(", ")[0];
    mark = output.getOut().length();
    assertThat(run(settings, "findings", "--format", "json", "--teacher", teacher))
        .isEqualTo(CommandLine.COMPLETE);
    List<String> his = new ArrayList<>();
    new ObjectMapper()
        .readTree(output.getOut().substring(mark))
        .get("findings")
        .forEach(f -> his.add(FindingKey.of(f)));
    assertThat(his)
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(
            truth.stream()
                .filter(t -> List.of(t.split(" \\| ")[6].split(", ")).contains(teacher))
                .toList());

    mark = output.getOut().length();
    assertThat(run(settings, "findings", "--format", "csv", "--rule", "HOMEWORK_WITHIN_5H"))
        .isEqualTo(CommandLine.COMPLETE);
    List<String> lines = output.getOut().substring(mark).lines().toList();
    assertThat(lines.get(0)).startsWith("rule,clause,severity,school,className,subject,teacher");
    assertThat(lines.subList(1, lines.size()))
        .hasSize((int) truth.stream().filter(t -> t.startsWith("HOMEWORK_WITHIN_5H")).count())
        .allSatisfy(l -> assertThat(l).matches("HOMEWORK_WITHIN_5H,2\\.2,(нарушение|сведения),.*"));
  }

  @Test
  void badOptionsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> parse("findings", "--format", "xml"))
        .hasMessageContaining("json or csv");
    assertThatThrownBy(() -> parse("findings", "--from", "01.09.2025"))
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> parse("findings", "--from", "2025-10-01", "--to", "2025-09-01"))
        .hasMessageContaining("is after");
    assertThatThrownBy(() -> parse("findings", "--rule", "NO_SUCH_RULE"))
        .hasMessageContaining("unknown rule 'NO_SUCH_RULE'")
        .hasMessageContaining("HOMEWORK_WITHIN_5H");
    assertThatThrownBy(() -> parse("findings", "--class")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> parse("findings", "--teacher", " "))
        .hasMessageContaining("--teacher takes a teacher's name");
    assertThatThrownBy(() -> parse("findings", "--tutor", "x"))
        .hasMessageContaining("unknown option");
    assertThatThrownBy(() -> parse("audit", "--now")).hasMessageContaining("no options");
  }

  @Test
  void goodOptionsBecomeTheFilter() {
    Command command =
        parse(
            "findings",
            "--format",
            "csv",
            "--from",
            "2025-09-01",
            "--to",
            "2025-10-24",
            "--rule",
            "MARK_SUFFICIENCY",
            "--class",
            "7А",
            "--teacher",
            " Орлова Е. К. ");

    assertThat(command.findings().csv()).isTrue();
    assertThat(command.findings().filter().from()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(command.findings().filter().to()).isEqualTo(LocalDate.of(2025, 10, 24));
    assertThat(command.findings().filter().rule()).isEqualTo("MARK_SUFFICIENCY");
    assertThat(command.findings().filter().className()).isEqualTo("7А");
    assertThat(command.findings().filter().teacher()).isEqualTo("Орлова Е. К.");
    assertThat(parse("findings").findings().csv()).isFalse();
  }

  private static Command parse(String... args) {
    return Command.parse(args).orElseThrow();
  }

  private static int run(String[] settings, String... args) {
    return GatewayApplication.runCommand(parse(args), settings);
  }
}
