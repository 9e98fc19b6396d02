package ru.netcity.gateway.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalDate;
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
 * The messenger start links against WireMock stubs of the Telegram and MAX Bot APIs, with the
 * update routes polling as in the service: an issued code opened in Telegram («/start CODE») or MAX
 * ({@code bot_started} with the payload) binds the chat, is answered in Russian in that chat, and
 * the parent's next message reaches it; a second use, an expired and a forged code bind nothing.
 * Each stubbed update is served a bounded number of times (a scenario), as a bot API would.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "camel.main.main-run-controller=false",
      "gateway.data-dir=./target/start-links",
      "gateway.embedded-mock.enabled=false",
      "gateway.sync.on-start=false",
      "netcity.base-url=http://127.0.0.1:9",
      "netcity.login=route-test",
      "netcity.password=route-test",
      "netcity.school=1",
      "spring.datasource.url=jdbc:h2:mem:start-links;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "gateway.notify.poll-interval=200ms",
      "gateway.notify.telegram.token=TESTTOKEN",
      "gateway.notify.telegram.poll-updates=true",
      "gateway.notify.telegram.poll-interval=200ms",
      "gateway.notify.max.token=MAXTOKEN",
      "gateway.notify.max.poll-updates=true",
      "gateway.notify.max.poll-interval=200ms",
      "gateway.notify.link.telegram-bot=school_bot",
      "gateway.notify.link.max-bot=school_max_bot"
    })
// Its routes poll stubs that stop with the class: the context closes with it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StartLinksTest {
  static final WireMockServer API = BotApis.started();

  @DynamicPropertySource
  static void channels(DynamicPropertyRegistry registry) {
    registry.add("gateway.notify.telegram.base-url", API::baseUrl);
    registry.add("gateway.notify.max.base-url", API::baseUrl);
  }

  @AfterAll
  static void stop() {
    API.stop();
  }

  @Autowired DataSource dataSource;
  @Autowired StartLinks links;
  @Autowired ComplaintDesk desk;
  NotifyFixture db;

  @BeforeEach
  void fixture() {
    db = new NotifyFixture(dataSource);
  }

  @Test
  void aTelegramStartBindsTheChatAnswersItAndTheParentsNextMessageArrivesThere() {
    long parent = db.parent("Лебедева Вера", 601, "7А", null, null, null, null);
    StartLinks.Issued issued = links.issue(parent, 601, Channel.TELEGRAM, "kl7a");
    String code = code(issued, "https://t.me/school_bot?start=");
    assertThat(code).matches("[A-Za-z0-9_-]{1,64}");
    assertThat(db.jdbc.queryForList("SELECT code_hash FROM parent_start_link", String.class))
        .hasSize(1)
        .allSatisfy(h -> assertThat(h).hasSize(64).doesNotContain(code));
    assertThat(issued.toString()).doesNotContain(code);

    telegramUpdates("tg-601", update(9101, "700601", "/start " + code));

    await().atMost(Duration.ofSeconds(20)).until(() -> "700601".equals(chat(parent)));
    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700601").size() == 1);
    assertThat(telegramTo("700601").get(0))
        .contains("привязан")
        .contains("будут приходить сюда")
        .doesNotContain("согласие");
    assertThat(desk.list(null)).noneMatch(m -> m.studentId() == 601);

    db.queue("mark:601:TG", parent, 601, Channel.TELEGRAM, "Новая оценка", "Алгебра: 5");
    await().atMost(Duration.ofSeconds(20)).until(() -> db.status("mark:601:TG").equals("SENT"));
    assertThat(telegramTo("700601")).hasSize(2);
    assertThat(telegramTo("700601").get(1)).contains("Алгебра: 5");
  }

  @Test
  void aSecondUseBindsNothingButTheSameUpdateReadAgainAfterACrashIsTheSameUse() {
    long parent = db.parent("Соколова Анна", 602, "7А", null, null, null, null);
    String code = code(links.issue(parent, 602, Channel.TELEGRAM, "kl7a"), "https://t.me/");
    telegramUpdates("tg-602", update(9201, "700602", "/start " + code));
    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700602").size() == 1);

    telegramUpdates("tg-602-other", update(9202, "700999", "/start " + code));
    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700999").size() == 1);
    assertThat(telegramTo("700999").get(0)).contains("уже использована").contains("не привязан");
    assertThat(chat(parent)).isEqualTo("700602");

    // the inbox died before it saved its offset: the same update comes again
    telegramUpdates("tg-602-reread", update(9201, "700602", "/start " + code));
    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700602").size() == 2);
    assertThat(telegramTo("700602")).allSatisfy(t -> assertThat(t).contains("привязан"));
    assertThat(chat(parent)).isEqualTo("700602");
    assertThat(
            db.jdbc.queryForObject(
                "SELECT used_source FROM parent_start_link WHERE parent_id = ?",
                String.class,
                parent))
        .isEqualTo("TELEGRAM:u9201");
  }

  @Test
  void aLinkOpenedInAGroupChatBindsNothingAndStaysValid() {
    long parent = db.parent("Зайцева Анна", 607, "7А", null, null, null, null);
    String code = code(links.issue(parent, 607, Channel.TELEGRAM, "kl7a"), "https://t.me/");

    telegramUpdates("tg-607", update(9501, "-100700607", "supergroup", "/start " + code));

    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("-100700607").size() == 1);
    assertThat(telegramTo("-100700607").get(0)).contains("личном чате").contains("не привязан");
    assertThat(chat(parent)).isNull();
    assertThat(
            db.jdbc.queryForObject(
                "SELECT COUNT(*) FROM parent_start_link WHERE used_at IS NULL AND parent_id = ?",
                Integer.class,
                parent))
        .isOne();
  }

  @Test
  void anExpiredOrForgedCodeBindsNothingAndIsAnsweredSo() {
    long parent = db.parent("Новикова Ольга", 603, "7А", null, null, null, null);
    String code = code(links.issue(parent, 603, Channel.TELEGRAM, "kl7a"), "https://t.me/");
    db.jdbc.update(
        "UPDATE parent_start_link SET expires_at = issued_at - INTERVAL '1' MINUTE"
            + " WHERE parent_id = ?",
        parent);

    telegramUpdates(
        "tg-603",
        update(9301, "700603", "/start " + code),
        update(9302, "700604", "/start " + code.substring(1) + "x"),
        update(9303, "700605", "/start"),
        update(9304, "700606", "/start плохой!код"));

    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700606").size() == 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> telegramTo("700603").size() == 1);
    assertThat(telegramTo("700603").get(0)).contains("истёк").contains("не привязан");
    for (String chat : List.of("700604", "700605", "700606")) {
      assertThat(telegramTo(chat)).singleElement().asString().contains("не распознана");
    }
    assertThat(chat(parent)).isNull();
    assertThat(
            db.jdbc.queryForObject(
                "SELECT COUNT(*) FROM parent_start_link WHERE used_at IS NOT NULL AND parent_id ="
                    + " ?",
                Integer.class,
                parent))
        .isZero();
    assertThat(desk.list(null)).noneMatch(m -> m.studentId() == 603);
  }

  @Test
  void aMaxBotStartedPayloadBindsTheUserAndSaysConsentIsStillMissing() {
    long parent = db.parent("Киселёва Ирина", 604, "7А", null, null, null, null);
    db.revoke(parent, Channel.MAX, LocalDate.of(2025, 9, 2));
    String code =
        code(links.issue(parent, 604, Channel.MAX, "kl7a"), "https://max.ru/school_max_bot?start=");

    API.stubFor(
        get(urlPathEqualTo("/updates"))
            .inScenario("max-604")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                okJson(
                    "{\"updates\":[{\"update_type\":\"bot_started\",\"timestamp\":1767225600000,"
                        + "\"chat_id\":-900604,\"user\":{\"user_id\":800604,\"name\":\"Ирина\"},"
                        + "\"payload\":\""
                        + code
                        + "\",\"user_locale\":\"ru\"}],\"marker\":77}"))
            .willSetStateTo("read"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "800604"
                    .equals(
                        db.jdbc.queryForObject(
                            "SELECT max_user_id FROM parent WHERE id = ?", String.class, parent)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !API.findAll(
                        postRequestedFor(urlPathEqualTo("/messages"))
                            .withQueryParam("user_id", equalTo("800604")))
                    .isEmpty());
    assertThat(
            API.findAll(
                    postRequestedFor(urlPathEqualTo("/messages"))
                        .withQueryParam("user_id", equalTo("800604")))
                .get(0)
                .getBodyAsString())
        .contains("привязан")
        .contains("письменное")
        .contains("согласие");
    assertThat(
            API.findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            urlPathEqualTo("/updates"))
                        .withQueryParam("types", equalTo("message_created,bot_started")))
                .size())
        .isPositive();
  }

  private static String code(StartLinks.Issued issued, String prefix) {
    assertThat(issued.link()).startsWith(prefix).contains("?start=");
    return issued.link().substring(issued.link().indexOf("?start=") + 7);
  }

  private String chat(long parent) {
    return db.jdbc.queryForObject(
        "SELECT telegram_chat_id FROM parent WHERE id = ?", String.class, parent);
  }

  private static String update(long id, String chat, String text) {
    return update(id, chat, "private", text);
  }

  private static String update(long id, String chat, String chatType, String text) {
    return "{\"update_id\":"
        + id
        + ",\"message\":{\"message_id\":1,\"chat\":{\"id\":"
        + chat
        + ",\"type\":\""
        + chatType
        + "\"},\"date\":1767225600,\"text\":\""
        + text
        + "\"}}";
  }

  /** getUpdates answers these updates once, then (the priority-9 stub) nothing. */
  private static void telegramUpdates(String scenario, String... updates) {
    API.stubFor(
        get(urlPathEqualTo("/botTESTTOKEN/getUpdates"))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson("{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}"))
            .willSetStateTo("read"));
  }

  /** The texts the bot sent to that chat, oldest first. */
  private static List<String> telegramTo(String chat) {
    return API
        .findAll(
            postRequestedFor(urlPathEqualTo("/botTESTTOKEN/sendMessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chat))))
        .stream()
        .map(r -> r.getBodyAsString())
        .toList();
  }
}
