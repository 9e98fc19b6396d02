package ru.netcity.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.netcity.gateway.audit.AuditRun;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.Finding;
import ru.netcity.gateway.audit.FindingFilter;
import ru.netcity.gateway.security.Accounts;
import ru.netcity.gateway.security.Role;
import ru.netcity.gateway.support.MovingClock;
import ru.netcity.gateway.support.PdfText;
import ru.netcity.gateway.support.SchoolLedger;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * routes/weekly-reports.camel.yaml against a real SMTP server (GreenMail): on its cron in the
 * school's zone, the week just ended (that of a finding) of a generated school's audited ledger
 * goes to the deputy director, a teacher and a class teacher, each with a PDF whose text names
 * classes, subjects and the teacher in Cyrillic; a class whose days the completeness gate left out
 * is named as left out and its class teacher gets no mail.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "camel.main.name=weekly-reports-test-${random.uuid}", // its own Quartz scheduler
      "gateway.data-dir=./target/weekly-reports-test",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "gateway.audit.student-names-from-ais=false",
      "gateway.report.director=Шамрин И. В.",
      "gateway.report.mail.enabled=true",
      "gateway.report.mail.from=gateway@school.example",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=route-test",
      "netcity.password=route-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:weekly-reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class WeeklyReportsRouteTest {
  private static final int SMTP_PORT = FreePort.next();
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("gateway.report.mail.host", () -> "127.0.0.1");
    registry.add("gateway.report.mail.port", () -> SMTP_PORT);
  }

  @TestConfiguration
  static class AfterTheYear {
    @Bean
    @Primary
    MovingClock afterTheYear() {
      return new MovingClock(Instant.parse("2026-06-30T00:00:00Z"));
    }
  }

  @Autowired CamelContext camel;
  @Autowired DataSource dataSource;
  @Autowired AuditService audits;
  @Autowired Accounts accounts;
  @Autowired MovingClock clock;

  @Test
  void theWeeksReportsArriveWithTheirPdfAndNothingOfTheDaysLeftOut() throws Exception {
    School school = SchoolGenerator.generate(new SchoolOptions(4, 60));
    new SchoolLedger(school).fill(dataSource, clock);
    AuditRun run = audits.audit();
    Finding own =
        audits.findings(run, FindingFilter.ALL).stream()
            .filter(f -> f.teacher() != null && !f.teacher().contains(","))
            .filter(f -> f.lessonDate() != null && f.lessonDate().getDayOfWeek().getValue() <= 5)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no finding of one teacher: " + run));
    LocalDate monday = own.lessonDate().with(java.time.DayOfWeek.MONDAY);
    // the Monday after that week, 07:00 in Tomsk: the schedule's moment
    clock.advance(
        Duration.between(
            clock.instant(),
            monday.plusWeeks(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
    String teacherClass = own.className();
    List<ru.netcity.mock.school.SchoolClass> others =
        school.classes().stream().filter(c -> !c.name().equals(teacherClass)).toList();
    String classTeacherClass = others.get(0).name();
    String leftOutClass = others.get(1).name();
    leaveOut(school.id(), others.get(1).id(), monday);
    accounts.add(
        "shamrin",
        Role.DEPUTY_DIRECTOR,
        "Шамрин Игорь Викторович",
        List.of(),
        "shamrin@school.example",
        "пароль заместителя");
    accounts.add(
        "teacher",
        Role.TEACHER,
        own.teacher(),
        List.of(teacherClass),
        "teacher@school.example",
        "пароль учителя 1");
    accounts.add(
        "classteacher",
        Role.CLASS_TEACHER,
        "Сидорова Анна Борисовна",
        List.of(classTeacherClass),
        "sidorova@school.example",
        "пароль классного");
    accounts.add(
        "leftout",
        Role.CLASS_TEACHER,
        "Орлова Нина Петровна",
        List.of(leftOutClass),
        "orlova@school.example",
        "пароль классного 2");
    accounts.add("nomail", Role.DEPUTY_DIRECTOR, "Без Почты", List.of(), null, "пароль без почты");

    QuartzRoute route = QuartzRoute.of(camel, "weekly-reports");
    CronTrigger trigger = route.trigger();
    assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 ? * MON");
    assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Tomsk"));
    route.fireNow();

    await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= 3);
    Map<String, MimeMessage> byRecipient = new java.util.HashMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      byRecipient.put(m.getAllRecipients()[0].toString(), m);
    }
    assertThat(byRecipient)
        .containsOnlyKeys(
            "shamrin@school.example", "teacher@school.example", "sidorova@school.example");

    MimeMessage deputy = byRecipient.get("shamrin@school.example");
    assertThat(deputy.getSubject())
        .isEqualTo(
            "Еженедельный отчёт о ведении электронного журнала, "
                + DAY.format(monday)
                + " – "
                + DAY.format(monday.plusDays(6)));
    String deputyPdf = PdfText.of(pdf(deputy));
    assertThat(deputyPdf)
        .contains(
            "Замечания по классам",
            teacherClass,
            classTeacherClass,
            "Не вошли в отчёт",
            leftOutClass + ": " + DAY.format(monday),
            "Шамрин И. В.",
            "М.П.");

    String teacherPdf = PdfText.of(pdf(byRecipient.get("teacher@school.example")));
    assertThat(teacherPdf.replaceAll("\\s+", " "))
        .contains("Отчёт учителя об успеваемости и посещаемости", "Ваши замечания", teacherClass)
        .contains(own.teacher().replaceAll("\\s+", " "))
        .contains(own.subject().split(" ")[0]);

    String classPdf = PdfText.of(pdf(byRecipient.get("sidorova@school.example")));
    assertThat(classPdf)
        .contains("Отчёт классного руководителя", "Успеваемость и посещаемость", classTeacherClass)
        .doesNotContain("Не вошли в отчёт");
  }

  /** A newer run whose unit of the class over the week ended incomplete: the gate hides it. */
  private void leaveOut(int school, int classId, LocalDate monday) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update(
        "INSERT INTO sync_run (id, school_id, started_at, finished_at, status, complete,"
            + " units_total, units_done) VALUES ('later', ?, ?, ?, 'FINISHED', FALSE, 1, 0)",
        school,
        java.time.LocalDateTime.of(2026, 6, 30, 1, 0),
        java.time.LocalDateTime.of(2026, 6, 30, 2, 0));
    jdbc.update(
        "INSERT INTO work_unit (run_id, unit_key, school_id, class_id, window_from, window_to,"
            + " status, reason) VALUES ('later', 'u', ?, ?, ?, ?, 'INCOMPLETE', 'test')",
        school,
        classId,
        monday,
        monday.plusDays(6));
  }

  private static byte[] pdf(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
          || (part.getFileName() != null && part.getFileName().endsWith(".pdf"))) {
        assertThat(part.getContentType()).startsWith("application/pdf");
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no PDF attached to " + message.getSubject());
  }
}
