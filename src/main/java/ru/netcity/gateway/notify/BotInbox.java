package ru.netcity.gateway.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.notify.StartLinkAnswer.Outcome;

/**
 * Reads the parents' messages to the bots: Telegram getUpdates from its offset, MAX GET /updates
 * from its marker. An opened start link (Telegram «/start CODE», MAX {@code bot_started} with its
 * payload) goes to the {@link StartLinks} and is answered at once in the chat; every other text
 * message goes to the {@link ComplaintDesk}. The position is saved after the batch; the desk
 * registers a message once and a code knows the update that used it, so a crash in between reads
 * the batch again harmlessly.
 */
public final class BotInbox {
  private static final Logger LOG = LoggerFactory.getLogger(BotInbox.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** «/start», «/start CODE», «/start@bot CODE»: the code is group 1 (null without one). */
  private static final Pattern START = Pattern.compile("/start(?:@\\S+)?(?:\\s+(\\S+))?\\s*");

  private final NotifyProperties settings;
  private final ChannelTokens tokens;
  private final Transport transport;
  private final ComplaintDesk desk;
  private final StartLinks links;
  private final ChannelApis replies;
  private final JdbcTemplate jdbc;

  public BotInbox(
      NotifyProperties settings,
      ChannelTokens tokens,
      Transport transport,
      ComplaintDesk desk,
      StartLinks links,
      DataSource dataSource) {
    this.settings = settings;
    this.tokens = tokens;
    this.transport = transport;
    this.desk = desk;
    this.links = links;
    this.replies = new ChannelApis(settings, tokens, transport);
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** One getUpdates call; returns how many messages were registered. */
  public int pollTelegram() {
    if (!settings.telegram().enabled()) {
      return 0;
    }
    long offset = position("TELEGRAM");
    Transport.HttpAnswer a =
        transport.http(
            "GET",
            settings.telegram().baseUrl(),
            "/bot" + tokens.telegram() + "/getUpdates",
            "offset=" + offset + "&timeout=0&allowed_updates=%5B%22message%22%5D",
            Map.of(),
            null);
    JsonNode updates = answer("telegram", a).path("result");
    int registered = 0;
    long next = offset;
    for (JsonNode u : updates) {
      next = Math.max(next, u.path("update_id").asLong() + 1);
      JsonNode m = u.path("message");
      String key = "u" + u.path("update_id").asText();
      Matcher start = START.matcher(m.path("text").asText());
      String chat = m.path("chat").path("id").asText();
      if (start.matches() && !"private".equals(m.path("chat").path("type").asText("private"))) {
        answer(Channel.TELEGRAM, chat, key, new StartLinkAnswer(Outcome.NOT_PRIVATE, false));
      } else if (start.matches()) {
        start(Channel.TELEGRAM, start.group(1), chat, key);
      } else if (m.hasNonNull("text")) {
        registered +=
            desk.register(
                        new Inbound(
                            Channel.TELEGRAM,
                            key,
                            m.path("chat").path("id").asText(),
                            m.path("text").asText(),
                            null))
                    .isPresent()
                ? 1
                : 0;
      }
    }
    save("TELEGRAM", next);
    return registered;
  }

  /** One GET /updates call of the MAX Bot API; returns how many messages were registered. */
  public int pollMax() {
    if (!settings.max().enabled()) {
      return 0;
    }
    long marker = position("MAX");
    Transport.HttpAnswer a =
        transport.http(
            "GET",
            settings.max().baseUrl(),
            "/updates",
            "types=message_created,bot_started&timeout=0" + (marker > 0 ? "&marker=" + marker : ""),
            Map.of("Authorization", tokens.max()),
            null);
    JsonNode body = answer("max", a);
    int registered = 0;
    for (JsonNode u : body.path("updates")) {
      JsonNode m = u.path("message");
      Matcher start = START.matcher(m.path("body").path("text").asText());
      if ("bot_started".equals(u.path("update_type").asText())) {
        String user = u.path("user").path("user_id").asText();
        String payload = u.path("payload").asText(null);
        start(Channel.MAX, payload, user, "s" + u.path("timestamp").asText() + "." + user);
      } else if ("message_created".equals(u.path("update_type").asText()) && start.matches()) {
        String user = m.path("sender").path("user_id").asText();
        start(Channel.MAX, start.group(1), user, m.path("body").path("mid").asText());
      } else if ("message_created".equals(u.path("update_type").asText())
          && m.path("body").hasNonNull("text")) {
        registered +=
            desk.register(
                        new Inbound(
                            Channel.MAX,
                            m.path("body").path("mid").asText(),
                            m.path("sender").path("user_id").asText(),
                            m.path("body").path("text").asText(),
                            null))
                    .isPresent()
                ? 1
                : 0;
      }
    }
    if (body.path("marker").canConvertToLong()) {
      save("MAX", body.path("marker").asLong());
    }
    return registered;
  }

  /**
   * Uses the code of an opened start link and answers in the chat at once (not through the outbox:
   * the chat may belong to nobody on file, and the answer needs no consent, it asks for it).
   */
  private void start(Channel channel, String code, String contact, String sourceKey) {
    answer(channel, contact, sourceKey, links.redeem(channel, code, contact, sourceKey));
  }

  private void answer(Channel channel, String contact, String sourceKey, StartLinkAnswer answer) {
    String reply = answer.reply();
    try {
      SendResult sent =
          replies.send(
              new Outgoing(
                  0, "start:" + sourceKey, 0, 0, 0, channel, "START_LINK", "", reply, 0, contact));
      if (sent.outcome() != SendResult.Outcome.SENT) {
        LOG.warn("notify: the {} answer to an opened start link failed: {}", channel, sent.error());
      }
    } catch (RuntimeException e) {
      // the transport's message names the failure's class only, never the URL with the token
      LOG.warn("notify: the {} answer to an opened start link failed: {}", channel, e.getMessage());
    }
  }

  private static JsonNode answer(String api, Transport.HttpAnswer a) {
    if (a.status() != 200) {
      LOG.warn("notify: {} updates answered HTTP {}", api, a.status());
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(a.body());
    } catch (IOException e) {
      LOG.warn("notify: {} updates are no JSON", api);
      return JSON.createObjectNode();
    }
  }

  private long position(String source) {
    List<Long> p =
        jdbc.queryForList(
            "SELECT position FROM notification_inbound_cursor WHERE source = ?",
            Long.class,
            source);
    return p.isEmpty() ? 0 : p.get(0);
  }

  private void save(String source, long position) {
    if (jdbc.update(
            "UPDATE notification_inbound_cursor SET position = ? WHERE source = ?",
            position,
            source)
        == 0) {
      jdbc.update(
          "INSERT INTO notification_inbound_cursor (source, position) VALUES (?, ?)",
          source,
          position);
    }
  }
}
