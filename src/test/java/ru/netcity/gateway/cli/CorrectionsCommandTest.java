package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;

/** {@code corrections …} on the gateway's own H2 file database, as an administrator uses it. */
@ExtendWith(OutputCaptureExtension.class)
class CorrectionsCommandTest {
  private final Path dataDir = Path.of("target", "corrections-cli-" + UUID.randomUUID());
  private final String[] settings = {
    "--gateway.data-dir=./" + dataDir,
    "--gateway.embedded-mock.enabled=false",
    "--netcity.base-url=http://127.0.0.1:9",
    "--netcity.login=cli-test",
    "--netcity.password=cli-test",
    "--netcity.school=1"
  };

  @Test
  void fileListApproveAndPrintTheRegister(CapturedOutput output) throws Exception {
    assertThat(
            run(
                "corrections",
                "file",
                "--class",
                "7А",
                "--teacher",
                "Сидорова А. Б.",
                "--date",
                "2025-10-06",
                "--subject",
                "Алгебра",
                "--changes",
                "«3» = «4» для ученика",
                "--reason",
                "Ошибка ввода"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut()).contains("Заявка №1 подана: 7А, Алгебра, урок 2025-10-06");

    assertThat(run("corrections", "list", "--format", "json", "--status", "pending"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut()).contains("\"changes\" : \"«3» = «4» для ученика\"");

    assertThat(run("corrections", "approve", "1", "--by", "Петрова Е. В."))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr())
        .contains(
            "ошибка: Укажите произведённые изменения: заявка одобряется с отметкой о произведённых"
                + " изменениях (п. 2.3.4.2).");
    assertThat(
            run(
                "corrections",
                "approve",
                "1",
                "--by",
                "Петрова Е. В.",
                "--changes-made",
                "Отметка за 06.10 исправлена: «3» на «4»"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut())
        .contains(
            "Заявка №1 одобрена: 7А, Алгебра, урок 2025-10-06, статус «одобрена», произведённые"
                + " изменения: Отметка за 06.10 исправлена: «3» на «4».");
    assertThat(run("corrections", "reject", "1", "--by", "Петрова Е. В.", "--comment", "нет"))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr())
        .containsPattern(
            "ошибка: По заявке №1 уже принято решение: одобрена \\(\\d\\d\\.\\d\\d\\.\\d{4}"
                + " \\d\\d:\\d\\d, Петрова Е\\. В\\.\\); отклонить одобренную заявку нельзя\\.");

    int mark = output.getOut().length();
    assertThat(run("corrections", "list")).isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut().substring(mark))
        .contains("— одобрена (Петрова Е. В., ")
        .contains("; произведённые изменения: Отметка за 06.10 исправлена: «3» на «4»");
    mark = output.getOut().length();
    assertThat(run("corrections", "list", "--format", "json")).isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut().substring(mark))
        .contains("\"changesMade\" : \"Отметка за 06.10 исправлена: «3» на «4»\"");

    Path page = dataDir.resolve("register.html");
    assertThat(run("corrections", "print", "--from", "2025-09-01", "--out", page.toString()))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(Files.readString(page))
        .contains(
            "Журнал «Замена сведений в электронном журнале»",
            "06.10.2025",
            "одобрена",
            "<th>Произведённые изменения</th>",
            "<td>Отметка за 06.10 исправлена: «3» на «4»</td>");
  }

  @Test
  void aRequestWithoutItsFieldsIsRefusedWithEveryProblemInRussian(CapturedOutput output) {
    assertThat(run("corrections", "file", "--class", "7А", "--date", "2025-10-06"))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr())
        .contains(
            "ошибка: Не заполнено поле «учитель».",
            "ошибка: Не заполнено поле «предмет».",
            "ошибка: Не заполнено поле «причина замены».");
  }

  @Test
  void badOptionsAreRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> parse("corrections")).hasMessageContaining("list, file, approve");
    assertThatThrownBy(() -> parse("corrections", "approve", "--by", "x"))
        .hasMessageContaining("needs the request number");
    assertThatThrownBy(() -> parse("corrections", "list", "--status", "maybe"))
        .hasMessageContaining("pending, approved or rejected");
    assertThatThrownBy(() -> parse("corrections", "file", "--date", "06.10.2025"))
        .hasMessageContaining("--date takes a date YYYY-MM-DD");
    assertThatThrownBy(() -> parse("corrections", "print", "--format", "json"))
        .hasMessageContaining("unknown option '--format' for corrections print");
    // The date of a request is the day it is entered: it cannot be backdated.
    assertThatThrownBy(() -> parse("corrections", "file", "--requested", "2025-10-09"))
        .hasMessageContaining("unknown option '--requested' for corrections file");
    // ... nor given a filing time: a request covers changes made after the server filed it.
    assertThatThrownBy(() -> parse("corrections", "file", "--filed-at", "2025-10-09T08:00"))
        .hasMessageContaining("unknown option '--filed-at' for corrections file");
    assertThatThrownBy(() -> parse("corrections", "approve", "3", "--at", "2025-10-09T08:00"))
        .hasMessageContaining("unknown option '--at' for corrections approve");
    assertThatThrownBy(() -> parse("corrections", "reject", "3", "--comment"))
        .hasMessageContaining("--comment needs a value");
  }

  private int run(String... command) {
    String[] args = Stream.concat(Stream.of(command), Stream.of(settings)).toArray(String[]::new);
    return GatewayApplication.runCommand(Command.parse(args).orElseThrow(), args);
  }

  private static Command parse(String... args) {
    return Command.parse(args).orElseThrow();
  }
}
