package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.netcity.gateway.GatewayApplication;

/** {@code users …} on the gateway's own H2 file database, as the administrator creates accounts. */
@ExtendWith(OutputCaptureExtension.class)
class UsersCommandTest {
  private final Path dataDir = Path.of("target", "users-cli-" + UUID.randomUUID());
  private final String[] settings = {"--gateway.data-dir=./" + dataDir};

  @Test
  void addChangeDisableAndListAccountsWithPasswordsFromStdinOrAFile(CapturedOutput output)
      throws Exception {
    assertThat(
            runWithInput(
                "длинный пароль 1\nsecond line ignored\n",
                "users",
                "add",
                "admin",
                "--role",
                "administrator",
                "--name",
                "Петрова Елена Викторовна"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut())
        .contains("Пользователь «admin» добавлен: администратор, Петрова Елена Викторовна.");

    Files.createDirectories(dataDir);
    Path passwordFile = dataDir.resolve("teacher.pw");
    Files.writeString(passwordFile, "\uFEFFучительский-пароль\n", StandardCharsets.UTF_8);
    assertThat(
            run(
                "users",
                "add",
                "sidorova",
                "--role",
                "class_teacher",
                "--name",
                "Сидорова Анна Борисовна",
                "--classes",
                "7А, 7Б",
                "--email",
                "sidorova@school.example",
                "--password-file",
                passwordFile.toString()))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(run("users", "update", "admin", "--email", "petrova@school.example"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(run("users", "update", "sidorova", "--email", "no address"))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("Адрес электронной почты пишется как");
    assertThat(runWithInput("новый длинный пароль\n", "users", "passwd", "sidorova"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(run("users", "disable", "sidorova")).isEqualTo(CommandLine.COMPLETE);

    int mark = output.getOut().length();
    assertThat(run("users", "list", "--format", "json")).isEqualTo(CommandLine.COMPLETE);
    JsonNode accounts = new ObjectMapper().readTree(output.getOut().substring(mark));
    assertThat(accounts).hasSize(2);
    assertThat(accounts.get(0).get("login").asText()).isEqualTo("admin");
    assertThat(accounts.get(0).get("role").asText()).isEqualTo("ADMINISTRATOR");
    assertThat(accounts.get(1).get("classes").toString()).isEqualTo("[\"7А\",\"7Б\"]");
    assertThat(accounts.get(0).get("email").asText()).isEqualTo("petrova@school.example");
    assertThat(accounts.get(1).get("email").asText()).isEqualTo("sidorova@school.example");
    assertThat(accounts.get(1).get("enabled").asBoolean()).isFalse();
    assertThat(output.getOut() + output.getErr())
        .doesNotContain("длинный пароль", "учительский-пароль", "{bcrypt}");

    assertThat(run("users", "list")).isEqualTo(CommandLine.COMPLETE);
    assertThat(output.getOut()).contains("sidorova", "ОТКЛЮЧЁН", "пользователей: 2");
  }

  @Test
  void shortPasswordsDuplicatesAndUnknownAccountsAreRefusedInRussian(CapturedOutput output) {
    assertThat(
            runWithInput(
                "короткий\n",
                "users",
                "add",
                "ivanov",
                "--role",
                "teacher",
                "--name",
                "Иванов И. И.",
                "--classes",
                "5А"))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("ошибка: Пароль короче 10 символов");

    assertThat(
            runWithInput(
                "",
                "users",
                "add",
                "ivanov",
                "--role",
                "teacher",
                "--name",
                "Иванов",
                "--classes",
                "5А"))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("ошибка: Пароль не получен");

    assertThat(
            runWithInput(
                "достаточно длинный\n",
                "users",
                "add",
                "ivanov",
                "--role",
                "teacher",
                "--name",
                "Иванов И. И."))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("укажите её классы: --classes 5А,5Б");

    assertThat(
            runWithInput(
                "достаточно длинный\n",
                "users",
                "add",
                "ivanov",
                "--role",
                "teacher",
                "--name",
                "Иванов И. И.",
                "--classes",
                "5А"))
        .isEqualTo(CommandLine.COMPLETE);
    assertThat(
            runWithInput(
                "достаточно длинный\n",
                "users",
                "add",
                "ivanov",
                "--role",
                "deputy_director",
                "--name",
                "Иванов И. И."))
        .isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("ошибка: Пользователь «ivanov» уже есть.");

    assertThat(run("users", "disable", "nobody")).isEqualTo(CommandLine.ERROR);
    assertThat(output.getErr()).contains("ошибка: Пользователя «nobody» нет.");
  }

  @Test
  void aPasswordIsNeverAnArgument() {
    assertThatThrownBy(() -> parse("users", "add", "x", "--role", "teacher", "--password", "p"))
        .hasMessageContaining("пароль не передаётся аргументом");
    assertThatThrownBy(() -> parse("users", "passwd", "x", "--password=secret-secret"))
        .hasMessageContaining("пароль не передаётся аргументом");
    assertThatThrownBy(() -> parse("users", "add", "x", "--role", "boss", "--name", "X"))
        .hasMessageContaining("--role takes administrator, deputy_director");
    assertThatThrownBy(() -> parse("users", "add", "x", "--role", "teacher"))
        .hasMessageContaining("users add needs --name");
    assertThatThrownBy(() -> parse("users", "passwd"))
        .hasMessageContaining("users passwd needs the login");
    assertThatThrownBy(() -> parse("users", "list", "--format", "xml"))
        .hasMessageContaining("--format takes json or text");
  }

  private int runWithInput(String stdin, String... command) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(command);
    } finally {
      System.setIn(original);
    }
  }

  private int run(String... command) {
    String[] args = Stream.concat(Stream.of(command), Stream.of(settings)).toArray(String[]::new);
    return GatewayApplication.runCommand(Command.parse(args).orElseThrow(), args);
  }

  private static Command parse(String... args) {
    return Command.parse(args).orElseThrow();
  }
}
