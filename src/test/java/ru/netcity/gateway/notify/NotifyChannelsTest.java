package ru.netcity.gateway.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The channels for real: e-mail to a GreenMail SMTP server and a reply read from its IMAP mailbox;
 * Telegram, MAX and the SMS gateway against WireMock stubs of their APIs (429 with retry_after, a
 * permanent failure and its resend, an inbound update that files a complaint). The routes run as in
 * the service: notify-dispatch on its timer, the updates and the mailbox polled.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/notify-channels",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=route-test",
      "netcity.password=route-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:notify-channels;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "gateway.notify.poll-interval=200ms",
      "gateway.notify.first-retry=200ms",
      "gateway.notify.max-attempts=3",
      "gateway.notify.email.from=school@localhost",
      "gateway.notify.email.imap.enabled=true",
      "gateway.notify.email.imap.host=127.0.0.1",
      "gateway.notify.email.imap.username=school",
      "gateway.notify.email.imap.password=secret",
      "gateway.notify.email.imap.poll-interval=300ms",
      "gateway.notify.telegram.token=TESTTOKEN",
      "gateway.notify.telegram.poll-updates=true",
      "gateway.notify.telegram.poll-interval=300ms",
      "gateway.notify.max.token=MAXTOKEN",
      "gateway.notify.max.poll-updates=true",
      "gateway.notify.max.poll-interval=300ms",
      "gateway.notify.sms.token=SMSTOKEN"
    })
// Its routes poll stubs that stop with the class: the context closes with it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotifyChannelsTest {
  static final GreenMail MAIL =
      new GreenMail(
          new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
          });
  static final WireMockServer API = BotApis.started();

  static {
    MAIL.start();
    MAIL.setUser("school@localhost", "school", "secret");
  }

  @DynamicPropertySource
  static void channels(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("gateway.notify.email.imap.port", () -> MAIL.getImap().getPort());
    registry.add("gateway.notify.telegram.base-url", API::baseUrl);
    registry.add("gateway.notify.max.base-url", API::baseUrl);
    registry.add("gateway.notify.sms.base-url", API::baseUrl);
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
    API.stop();
  }

  @Autowired DataSource dataSource;
  @Autowired ComplaintDesk desk;
  @Autowired Outbox outbox;
  @Autowired DispatchStatus status;
  NotifyFixture db;

  @BeforeEach
  void fixture() {
    db = new NotifyFixture(dataSource);
    if (db.jdbc.queryForObject("SELECT COUNT(*) FROM gateway_user", Integer.class) == 0) {
      db.classTeacher("kl7a", "7А");
    }
  }

  @Test
  void anEmailArrivesWithItsMessageIdAndAReplyOverImapBecomesARegisteredAnswer() throws Exception {
    long parent = db.parent("Петрова Анна", 501, "7А", "anna@parents.test", null, null, null);
    long id = db.queue("mark:501:EMAIL", parent, 501, Channel.EMAIL, "Новая оценка", "Алгебра: 5");

    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:501:EMAIL").equals("SENT"));
    MimeMessage sent = received("anna@parents.test").get(0);
    assertThat(sent.getSubject()).isEqualTo("Новая оценка");
    assertThat(text(sent)).contains("Алгебра: 5");
    assertThat(sent.getFrom()[0].toString()).isEqualTo("school@localhost");
    String messageId = ChannelApis.messageId(id, "mark:501:EMAIL");
    assertThat(sent.getMessageID()).isEqualTo(messageId);

    MimeMessage reply = new MimeMessage(MAIL.getSmtp().createSession());
    reply.setFrom(new InternetAddress("Анна Петрова <anna@parents.test>"));
    reply.setRecipient(Message.RecipientType.TO, new InternetAddress("school@localhost"));
    reply.setSubject("Re: Новая оценка", "UTF-8");
    reply.setText("Спасибо, поговорим с сыном.\n\n> Алгебра: 5\n", "UTF-8");
    reply.setHeader("In-Reply-To", messageId);
    reply.setHeader("Message-ID", "<reply-501@parents.test>");
    GreenMailUtil.sendMimeMessage(reply);

    await().atMost(Duration.ofSeconds(20)).until(() -> !messagesOf(501).isEmpty());
    ParentMessage answer = messagesOf(501).get(0);
    assertThat(answer.kind()).isEqualTo("ANSWER");
    assertThat(answer.text()).isEqualTo("Спасибо, поговорим с сыном.");
    assertThat(answer.classTeacher()).isEqualTo("kl7a");
    assertThat(answer.toDeputy()).isFalse();
    await().atMost(Duration.ofSeconds(20)).until(() -> received("anna@parents.test").size() == 2);
    assertThat(received("anna@parents.test").get(1).getSubject())
        .isEqualTo("Обращение № " + answer.id() + " зарегистрировано");

    assertThat(desk.answer(answer.id(), "Хорошо, ждём на собрании.", "Иванова М. П.")).isTrue();
    assertThat(desk.answer(answer.id(), "Второй ответ", "Иванова М. П.")).isFalse();
    await().atMost(Duration.ofSeconds(20)).until(() -> received("anna@parents.test").size() == 3);
    assertThat(text(received("anna@parents.test").get(2))).contains("Хорошо, ждём на собрании.");
    assertThat(desk.find(answer.id()).orElseThrow().answeredAt()).isNotNull();
  }

  @Test
  void telegramAnswering429WaitsItsRetryAfterThenDelivers() {
    API.stubFor(
        post(urlPathEqualTo("/botTESTTOKEN/sendMessage"))
            .withRequestBody(matchingJsonPath("$.chat_id", equalTo("700429")))
            .inScenario("flood")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests:"
                            + " retry after 1\",\"parameters\":{\"retry_after\":1}}"))
            .willSetStateTo("cooled"));
    long parent = db.parent("Сидоров Олег", 502, "7А", null, "700429", null, null);
    db.queue("mark:502:TG", parent, 502, Channel.TELEGRAM, "Новая оценка", "Физика: 4");

    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:502:TG").equals("SENT"));
    List<LoggedRequest> calls = sendsTo("/botTESTTOKEN/sendMessage", "700429");
    assertThat(calls).hasSize(2);
    assertThat(
            Duration.between(
                calls.get(0).getLoggedDate().toInstant(), calls.get(1).getLoggedDate().toInstant()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(calls.get(1).getBodyAsString()).contains("Физика: 4");
  }

  @Test
  void maxAndSmsGetTheirTokensAndSmsTheIdempotencyKey() {
    long parent = db.parent("Орлова Нина", 503, "7А", null, null, "800503", "+79990000503");
    db.queue("mark:503:MAX", parent, 503, Channel.MAX, "Пропуск", "Не был на уроке истории");
    db.queue("mark:503:SMS", parent, 503, Channel.SMS, "Пропуск", "Не был на уроке истории");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                db.status("mark:503:MAX").equals("SENT")
                    && db.status("mark:503:SMS").equals("SENT"));
    LoggedRequest max =
        API.findAll(
                postRequestedFor(urlPathEqualTo("/messages"))
                    .withQueryParam("user_id", equalTo("800503")))
            .get(0);
    assertThat(max.getHeader("Authorization")).isEqualTo("MAXTOKEN");
    assertThat(max.getBodyAsString()).contains("Не был на уроке истории");
    LoggedRequest sms =
        API.findAll(
                postRequestedFor(urlPathEqualTo("/messages"))
                    .withRequestBody(matchingJsonPath("$.to", equalTo("+79990000503"))))
            .get(0);
    assertThat(sms.getHeader("Idempotency-Key")).isEqualTo("mark:503:SMS");
    assertThat(sms.getHeader("Authorization")).isEqualTo("Bearer SMSTOKEN");
  }

  @Test
  void aPermanentFailureBecomesADeadLetterThatTheAdministratorResends() {
    API.stubFor(
        post(urlPathEqualTo("/messages"))
            .withRequestBody(matchingJsonPath("$.to", equalTo("+79990000504")))
            .inScenario("bad number")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(400).withBody("{\"message\":\"invalid number\"}"))
            .willSetStateTo("fixed"));
    long parent = db.parent("Козлов Иван", 504, "7А", null, null, null, "+79990000504");
    db.queue("mark:504:SMS", parent, 504, Channel.SMS, "Оценка", "Химия: 3");

    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:504:SMS").equals("DEAD"));
    DispatchStatus.DeadLetter dead =
        status.deadLetters().stream()
            .filter(d -> d.outboxId() == db.id("mark:504:SMS"))
            .findFirst()
            .orElseThrow();
    assertThat(dead.error()).isEqualTo("sms HTTP 400: invalid number");
    assertThat(status.perChannel().get("SMS").get("deadLetters")).isGreaterThanOrEqualTo(1L);

    assertThat(outbox.resend(dead.id(), java.time.Instant.now())).isTrue();
    assertThat(outbox.resend(dead.id(), java.time.Instant.now())).isFalse();
    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:504:SMS").equals("SENT"));
  }

  @Test
  void aConsentRevokedAfterQueueingStopsTheMessageAndIsCounted() {
    long parent = db.parent("Белова Ольга", 505, "7А", null, null, null, "+79990000505");
    db.revoke(parent, Channel.SMS, LocalDate.now().minusDays(1));
    long before = status.perChannel().get("SMS").get("heldNoConsent");
    db.queue("mark:505:SMS", parent, 505, Channel.SMS, "Оценка", "Химия: 2");

    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:505:SMS").equals("GONE"));
    assertThat(status.perChannel().get("SMS").get("heldNoConsent")).isEqualTo(before + 1);
    assertThat(
            API.findAll(
                postRequestedFor(urlPathEqualTo("/messages"))
                    .withRequestBody(matchingJsonPath("$.to", equalTo("+79990000505")))))
        .isEmpty();
  }

  @Test
  void aTelegramMessageSayingЖалобаFilesAComplaintToTheClassTeacherAndTheDeputy() {
    long parent = db.parent("Зайцева Ирина", 506, "7А", null, "700506", null, null);
    API.stubFor(
        get(urlPathEqualTo("/botTESTTOKEN/getUpdates"))
            .willReturn(
                okJson(
                    "{\"ok\":true,\"result\":[{\"update_id\":9001,\"message\":{\"message_id\":5,"
                        + "\"chat\":{\"id\":700506,\"type\":\"private\"},\"date\":1767225600,"
                        + "\"text\":\"Жалоба: оценка по литературе выставлена неверно\"}}]}")));

    await().atMost(Duration.ofSeconds(20)).until(() -> !messagesOf(506).isEmpty());
    ParentMessage complaint = messagesOf(506).get(0);
    assertThat(complaint.kind()).isEqualTo("COMPLAINT");
    assertThat(complaint.toDeputy()).isTrue();
    assertThat(complaint.classTeacher()).isEqualTo("kl7a");
    assertThat(complaint.parentName()).isEqualTo("Зайцева Ирина");
    assertThat(complaint.acknowledgedAt()).isNotNull();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> sendsTo("/botTESTTOKEN/sendMessage", "700506").size() == 1);
    assertThat(sendsTo("/botTESTTOKEN/sendMessage", "700506").get(0).getBodyAsString())
        .contains("зарегистрирован");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                API.findAll(
                            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                                    urlPathEqualTo("/botTESTTOKEN/getUpdates"))
                                .withQueryParam("offset", equalTo("9002")))
                        .size()
                    > 0);
    assertThat(messagesOf(506)).hasSize(1);
  }

  @Test
  void aMaxMessageFilesAnAnswer() {
    long parent = db.parent("Морозов Пётр", 507, "7А", null, null, "800507", null);
    API.stubFor(
        get(urlPathEqualTo("/updates"))
            .willReturn(
                okJson(
                    "{\"updates\":[{\"update_type\":\"message_created\",\"timestamp\":1,"
                        + "\"message\":{\"sender\":{\"user_id\":800507},\"body\":{\"mid\":\"mid.77\",\"text\":\"Придём"
                        + " на собрание\"}}}],\"marker\":42}")));
    await().atMost(Duration.ofSeconds(20)).until(() -> !messagesOf(507).isEmpty());
    assertThat(messagesOf(507).get(0).kind()).isEqualTo("ANSWER");
    assertThat(messagesOf(507).get(0).channel()).isEqualTo("MAX");
  }

  private static String text(MimeMessage m) throws Exception {
    return (String) m.getContent();
  }

  private List<ParentMessage> messagesOf(int studentId) {
    return desk.list(null).stream().filter(m -> m.studentId() == studentId).toList();
  }

  private static List<MimeMessage> received(String address) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static List<LoggedRequest> sendsTo(String path, String chat) {
    return API.findAll(
        postRequestedFor(urlPathEqualTo(path))
            .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chat))));
  }
}
