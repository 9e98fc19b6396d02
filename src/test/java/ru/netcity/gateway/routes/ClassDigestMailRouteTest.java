package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.netcity.gateway.notify.DigestJournal;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.MovingClock;

/**
 * routes/class-digest.camel.yaml against a real SMTP server (GreenMail): fired as its cron would,
 * the route mails each class teacher the digest of his class and of nobody else's; while the SMTP
 * server is away the digests stay stored and unmailed, the next run sends each once, and a run
 * after that sends nothing.
 */
@RouteTestContext
@ExtendWith(OutputCaptureExtension.class)
class ClassDigestMailRouteTest {
  private static final int SMTP_PORT = FreePort.next();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:class-digest-mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    registry.add("gateway.report.mail.enabled", () -> "true");
    registry.add("gateway.report.mail.from", () -> "gateway@school.example");
    registry.add("gateway.report.mail.host", () -> "127.0.0.1");
    registry.add("gateway.report.mail.port", () -> SMTP_PORT);
  }

  @TestConfiguration
  static class TheMorningAfter {
    /** 08:00 in Tomsk the day after {@link DigestJournal#DAY}: the digest of that day is due. */
    @Bean
    @Primary
    MovingClock theMorningAfter() {
      return new MovingClock(Instant.parse("2025-10-07T01:00:00Z"));
    }
  }

  @Autowired CamelContext camel;
  @Autowired DataSource dataSource;
  @Autowired Accounts accounts;

  private final GreenMail smtp =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void eachClassTeacherGetsHisDigestOnceEvenAfterTheSmtpServerWasAway(CapturedOutput output)
      throws Exception {
    DigestJournal.fill(dataSource);
    accounts.add(
        "kl7a",
        Role.CLASS_TEACHER,
        "Иванова Мария Петровна",
        List.of("7А"),
        "ivanova@school.example",
        "пароль классного 1");
    accounts.add(
        "kl8b",
        Role.CLASS_TEACHER,
        "Петрова Анна Ивановна",
        List.of("8Б"),
        "petrova@school.example",
        "пароль классного 2");
    accounts.add(
        "nomail", Role.CLASS_TEACHER, "Без Почты", List.of("7А"), null, "пароль классного 3");
    accounts.add(
        "math",
        Role.TEACHER,
        "Сидоров Пётр",
        List.of("7А"),
        "sidorov@school.example",
        "пароль учителя 1");
    QuartzRoute route = QuartzRoute.of(camel, "class-digest");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    // The SMTP server is away: the digests are made and stored, not one is marked mailed.
    route.fireNow();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count(output.getOut(), "route class-digest failed:") == 2);
    assertThat(jdbc.queryForList("SELECT login, mailed_at FROM class_digest ORDER BY login"))
        .extracting(r -> r.get("login") + " " + r.get("mailed_at"))
        .containsExactly("kl7a null", "kl8b null", "nomail null");

    // Back: the next run mails each class teacher with an address his own class's digest.
    smtp.start();
    route.fireNow();
    await().atMost(Duration.ofSeconds(60)).until(() -> mailed(jdbc) == 2);
    Map<String, MimeMessage> byRecipient = new HashMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      byRecipient.put(m.getAllRecipients()[0].toString(), m);
    }
    assertThat(byRecipient).containsOnlyKeys("ivanova@school.example", "petrova@school.example");
    MimeMessage ivanova = byRecipient.get("ivanova@school.example");
    assertThat(ivanova.getSubject()).isEqualTo("Сводка по классу 7А за 06.10.2025");
    assertThat(ivanova.getFrom()[0].toString()).isEqualTo("gateway@school.example");
    assertThat((String) ivanova.getContent())
        .contains(
            "Здравствуйте, Иванова Мария Петровна!",
            "- Орлов Иван, Физика: Б",
            "- ученик № 101, Алгебра: 2",
            "- Домашнее задание по алгебре не внесено")
        .doesNotContain("Химия");
    MimeMessage petrova = byRecipient.get("petrova@school.example");
    assertThat(petrova.getSubject()).isEqualTo("Сводка по классу 8Б за 06.10.2025");
    assertThat((String) petrova.getContent())
        .contains("Здравствуйте, Петрова Анна Ивановна!")
        .doesNotContain("Орлов", "ученик № 101", "Домашнее задание по алгебре");

    // A run after that: nothing is mailed twice.
    NotifyBuilder third = new NotifyBuilder(camel).fromRoute("class-digest").whenDone(1).create();
    route.fireNow();
    assertThat(third.matches(60, TimeUnit.SECONDS)).isTrue();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(count(output.getOut(), "route class-digest failed:")).isEqualTo(2);
  }

  private static int mailed(JdbcTemplate jdbc) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM class_digest WHERE mailed_at IS NOT NULL", Integer.class);
    return n == null ? 0 : n;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }
}
