package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.notify.Consents;
import ru.netcity.gateway.notify.NotifyProperties;
import ru.netcity.gateway.notify.ParentService;
import ru.netcity.gateway.notify.StartLinks;
import ru.netcity.gateway.security.Account;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.TestDatabase;

/**
 * {@code parents import|list|link} on the command line: exit codes, the error report, masking, the
 * start link's rights.
 */
class ParentsCommandTest {
  private static final String HEADER =
      "Класс;ID ученика;Ученик;Родитель;Доступ к дневнику;Email;Telegram;MAX;Телефон;"
          + "Дата согласия;Документ;Дата отзыва";

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-11-30T05:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final TestDatabase db = TestDatabase.h2();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ParentService parents =
      new ParentService(db.dataSource(), CLOCK, ZoneId.of("Asia/Tomsk"), StudentNames.NONE);

  @AfterEach
  void close() {
    db.close();
  }

  private int run(String... args) {
    Command command = Command.parse(args).orElseThrow();
    return new ParentCommands(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(command.parents(), parents);
  }

  private Path file(String... rows) throws IOException {
    new JdbcTemplate(db.dataSource())
        .update(
            "INSERT INTO roster (school_id, class_id, class_name, student_id, run_id)"
                + " VALUES (1001, 7001, '7А', 101, 'run-1')");
    Path file = dir.resolve("parents.csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  @Test
  void aBadFileExitsOneWithTheRowsAndStoresNothing() throws IOException {
    Path file =
        file(
            "7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;",
            "7А;101;;Петров Олег;да;;;;;01.09.2025;;");

    assertThat(run("parents", "import", file.toString())).isEqualTo(CommandLine.ERROR);

    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "ошибка: строка 3: указана дата согласия, но не указан документ (столбец «Документ»)",
            "Файл не импортирован: реестр родителей не изменён.");
    assertThat(parents.list(null)).isEmpty();
  }

  @Test
  void theListShowsWhoMayBeMessagedWithMaskedContacts() throws IOException {
    Path file =
        file("7А;101;;Иванова Мария;да;maria@example.ru;;;+79131112233;01.09.2025;заявление № 12;");
    assertThat(run("parents", "import", file.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("Импортировано строк: 1, родителей: 1; новых или изменённых записей: 4.\n");
    out.reset();

    assertThat(run("parents", "list", "--class", "7А")).isZero();

    String listed = out.toString(StandardCharsets.UTF_8);
    assertThat(listed)
        .contains(
            "7А  ученик 101  родитель №",
            "дневник: да  Email m***@example.ru: можно (заявление № 12);"
                + " Телефон **********33: можно (заявление № 12)",
            "записей: 1")
        .doesNotContain("maria@", "1112233");
    out.reset();
    assertThat(run("parents", "list", "--format", "json")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"mayMessage\" : true", "m***@example.ru")
        .doesNotContain("maria@");
  }

  @Test
  void theGatewayWritesTheTemplateAndListsTheRegister() throws IOException {
    Path dataDir = Path.of("target", "parents-cli-" + java.util.UUID.randomUUID());
    Path template = dir.resolve("template.xlsx");
    String[] settings = {
      "--gateway.data-dir=./" + dataDir,
      "--gateway.embedded-mock.enabled=false",
      "--gateway.audit.student-names-from-ais=false",
      "--netcity.base-url=http://127.0.0.1:9",
      "--netcity.login=cli-test",
      "--netcity.password=cli-test",
      "--netcity.school=1"
    };
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "parents", "template", "--format", "xlsx", "--out", template.toString()),
                java.util.stream.Stream.of(settings))
            .toArray(String[]::new);

    assertThat(
            ru.netcity.gateway.GatewayApplication.runCommand(
                Command.parse(args).orElseThrow(), args))
        .isZero();

    assertThat(Files.readAllBytes(template)).startsWith('P', 'K', 3, 4);
  }

  @Test
  void linkIssuesAOneTimeStartLinkOnlyForAClassOfTheTeacherNamedByBy() throws IOException {
    Path file = file("7А;101;;Иванова Мария;да;maria@example.ru;;;;01.09.2025;заявление № 12;");
    assertThat(run("parents", "import", file.toString())).isZero();
    String parent = String.valueOf(parents.list(null).get(0).parentId());
    StartLinks links =
        new StartLinks(
            db.dataSource(),
            new NotifyProperties.Link(Duration.ofDays(14), "school_bot", ""),
            new Consents(db.dataSource()),
            CLOCK,
            ZoneId.of("Asia/Tomsk"));
    List<Account> accounts =
        List.of(teacher("kl7a", "7А"), teacher("kl5b", "5Б"), teacher("zavuch"));
    out.reset();

    assertThat(link(links, accounts, parent, "101", "telegram", "kl7a")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(
            "Ссылка для родителя № "
                + parent
                + " (ученик 101, класс 7А), Telegram, действует один раз до 14.12.2025 12:00:\n")
        .containsPattern("\nhttps://t\\.me/school_bot\\?start=[A-Za-z0-9_-]{22}\n$");
    assertThat(link(links, accounts, parent, "101", "TELEGRAM", "zavuch")).isZero();

    assertThat(link(links, accounts, parent, "101", "telegram", "kl5b")).isOne();
    assertThat(link(links, accounts, parent, "101", "max", "kl7a")).isOne();
    assertThat(link(links, accounts, parent, "102", "telegram", "kl7a")).isOne();
    assertThat(link(links, accounts, parent, "101", "telegram", "nobody")).isOne();
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "ошибка: kl5b не может выдавать ссылки родителям класса 7А",
            "ошибка: Ссылки для канала MAX не настроены: укажите имя бота"
                + " (gateway.notify.link.telegram-bot или max-bot).",
            "ошибка: родитель № " + parent + " ученика 102 не найден в реестре",
            "ошибка: учётной записи «nobody» нет или она отключена");
    assertThatThrownBy(
            () ->
                Command.parse(new String[] {"parents", "link", "--parent", "1", "--student", "2"}))
        .hasMessageContaining("--channel telegram|max --by LOGIN");
    assertThatThrownBy(
            () ->
                Command.parse(
                    new String[] {
                      "parents",
                      "link",
                      "--parent",
                      "x",
                      "--student",
                      "2",
                      "--channel",
                      "max",
                      "--by",
                      "kl7a"
                    }))
        .hasMessageContaining("--parent takes a number");
  }

  private int link(
      StartLinks links,
      List<Account> accounts,
      String parent,
      String student,
      String channel,
      String by) {
    Command command =
        Command.parse(
                new String[] {
                  "parents",
                  "link",
                  "--parent",
                  parent,
                  "--student",
                  student,
                  "--channel",
                  channel,
                  "--by",
                  by
                })
            .orElseThrow();
    return new ParentCommands(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .link(command.parents(), links, accounts);
  }

  private static Account teacher(String login, String... classes) {
    return new Account(
        login,
        classes.length == 0 ? Role.DEPUTY_DIRECTOR : Role.CLASS_TEACHER,
        login,
        List.of(classes),
        true,
        0,
        null,
        null);
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> Command.parse(new String[] {"parents", "template"}))
        .hasMessageContaining("--out");
    assertThatThrownBy(
            () ->
                Command.parse(
                    new String[] {"parents", "template", "--format", "ods", "--out", "x"}))
        .hasMessageContaining("csv or xlsx");
    assertThatThrownBy(() -> Command.parse(new String[] {"parents", "import"}))
        .hasMessageContaining("the file");
    assertThat(List.of(Command.USAGE.split("\n"))).anyMatch(l -> l.contains("parents import FILE"));
  }
}
