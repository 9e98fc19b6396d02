package ru.netcity.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;
import ru.netcity.gateway.support.TestDatabase;

/** The demo's first administrator on the gateway's H2 schema: printed at the first start only. */
class FirstAdministratorTest {
  private static final Pattern PASSWORD = Pattern.compile("пароль:\\s+(\\S+)");

  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final SecurityProperties settings =
      new SecurityProperties(5, Duration.ofMinutes(15), 10, DataSize.ofKilobytes(64));

  @Test
  void theFirstStartCreatesAndPrintsItTheSecondStartPrintsNothing() {
    try (TestDatabase db = TestDatabase.h2()) {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      Optional<String> created =
          start(db)
              .createIfNoAccount(
                  new PrintStream(first, true, StandardCharsets.UTF_8),
                  Optional.of("http://localhost:8080/"));
      String printed = first.toString(StandardCharsets.UTF_8);

      assertThat(created).contains("admin");
      assertThat(printed).contains("имя входа: admin", "Вход: http://localhost:8080/login");
      Matcher m = PASSWORD.matcher(printed);
      assertThat(m.find()).as(printed).isTrue();
      String password = m.group(1);
      assertThat(password).hasSize(20);

      String stored =
          new JdbcTemplate(db.dataSource())
              .queryForObject(
                  "SELECT password_hash FROM gateway_user WHERE login = 'admin'", String.class);
      assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
      assertThat(encoder.matches(password, stored)).isTrue();
      Account admin = accounts(db).list().get(0);
      assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
      assertThat(admin.enabled()).isTrue();

      ByteArrayOutputStream second = new ByteArrayOutputStream();
      assertThat(
              start(db)
                  .createIfNoAccount(
                      new PrintStream(second, true, StandardCharsets.UTF_8),
                      Optional.of("http://localhost:8080/")))
          .isEmpty();
      assertThat(second.size()).isZero();
      assertThat(accounts(db).list()).hasSize(1);
      assertThat(
              new JdbcTemplate(db.dataSource())
                  .queryForObject(
                      "SELECT password_hash FROM gateway_user WHERE login = 'admin'", String.class))
          .isEqualTo(stored);
    }
  }

  @Test
  void aGatewayWithAccountsAlreadyGetsNoDemoAdministrator() {
    try (TestDatabase db = TestDatabase.h2()) {
      accounts(db)
          .add("zavuch", Role.DEPUTY_DIRECTOR, "Завьялова О. П.", List.of(), "пароль-завуча-1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      assertThat(
              start(db)
                  .createIfNoAccount(
                      new PrintStream(out, true, StandardCharsets.UTF_8), Optional.empty()))
          .isEmpty();
      assertThat(out.size()).isZero();
      assertThat(accounts(db).list()).extracting(Account::login).containsExactly("zavuch");
    }
  }

  @Test
  void twoStartsGetDifferentPasswords() {
    try (TestDatabase one = TestDatabase.h2();
        TestDatabase two = TestDatabase.h2()) {
      assertThat(printedPassword(one)).isNotEqualTo(printedPassword(two));
    }
  }

  private String printedPassword(TestDatabase db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    start(db)
        .createIfNoAccount(new PrintStream(out, true, StandardCharsets.UTF_8), Optional.empty());
    Matcher m = PASSWORD.matcher(out.toString(StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** What one start of the service builds: its own accounts on the shared database. */
  private FirstAdministrator start(TestDatabase db) {
    return new FirstAdministrator(accounts(db));
  }

  private Accounts accounts(TestDatabase db) {
    return new Accounts(db.dataSource(), encoder, settings, Clock.systemUTC());
  }
}
