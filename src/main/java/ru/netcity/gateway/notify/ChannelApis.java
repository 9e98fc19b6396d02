package ru.netcity.gateway.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each channel's API is spoken: the request for one message and the meaning of its answer.
 * Idempotency keys: the SMS gateway takes one (header {@code Idempotency-Key} and field {@code
 * client_message_id}; a 409 means it has the message already); e-mail carries a Message-ID derived
 * from the outbox row; the Telegram and MAX Bot APIs take none.
 */
final class ChannelApis {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final NotifyProperties settings;
  private final ChannelTokens tokens;
  private final Transport transport;

  ChannelApis(NotifyProperties settings, ChannelTokens tokens, Transport transport) {
    this.settings = settings;
    this.tokens = tokens;
    this.transport = transport;
  }

  SendResult send(Outgoing m) {
    return switch (m.channel()) {
      case EMAIL -> mail(m);
      case TELEGRAM -> telegram(m);
      case MAX -> max(m);
      case SMS -> sms(m);
    };
  }

  /** The Message-ID of an outbox row's e-mail; a reply names it in In-Reply-To. */
  static String messageId(long outboxId, String idempotencyKey) {
    return "<n" + outboxId + "." + digest(idempotencyKey) + "@netcity-gateway>";
  }

  static String text(Outgoing m) {
    return m.subject().isBlank() ? m.body() : m.subject() + "\n\n" + m.body();
  }

  private SendResult mail(Outgoing m) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("To", m.contact());
    headers.put("From", settings.email().from());
    headers.put("Subject", m.subject());
    headers.put("Message-ID", messageId(m.id(), m.idempotencyKey()));
    transport.mail(headers, m.body());
    return SendResult.sent();
  }

  private SendResult telegram(Outgoing m) {
    ObjectNode body = JSON.createObjectNode().put("chat_id", m.contact()).put("text", text(m));
    Transport.HttpAnswer a =
        transport.http(
            "POST",
            settings.telegram().baseUrl(),
            "/bot" + tokens.telegram() + "/sendMessage",
            null,
            Map.of("Content-Type", "application/json"),
            body.toString());
    return interpret("telegram", a);
  }

  private SendResult max(Outgoing m) {
    ObjectNode body = JSON.createObjectNode().put("text", text(m));
    Transport.HttpAnswer a =
        transport.http(
            "POST",
            settings.max().baseUrl(),
            "/messages",
            "user_id=" + m.contact(),
            Map.of("Content-Type", "application/json", "Authorization", tokens.max()),
            body.toString());
    return interpret("max", a);
  }

  private SendResult sms(Outgoing m) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("to", m.contact())
            .put("text", text(m))
            .put("client_message_id", m.idempotencyKey());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Idempotency-Key", m.idempotencyKey());
    if (tokens.sms() != null) {
      headers.put("Authorization", "Bearer " + tokens.sms());
    }
    Transport.HttpAnswer a =
        transport.http(
            "POST", settings.sms().baseUrl(), "/messages", null, headers, body.toString());
    return a.status() == 409 ? SendResult.sent() : interpret("sms", a);
  }

  /** 2xx sent; 429 and 5xx again later (429 after its retry_after); any other status for good. */
  static SendResult interpret(String api, Transport.HttpAnswer a) {
    int status = a.status();
    if (status >= 200 && status < 300) {
      return SendResult.sent();
    }
    String error = api + " HTTP " + status + description(a.body());
    if (status == 429) {
      return SendResult.retry(error, retryAfter(a));
    }
    if (status >= 500 || status == 408) {
      return SendResult.retry(error, null);
    }
    return SendResult.permanent(error);
  }

  /** Telegram's parameters.retry_after in the body, else the Retry-After header (seconds). */
  static Duration retryAfter(Transport.HttpAnswer a) {
    JsonNode body = parse(a.body());
    JsonNode seconds = body.path("parameters").path("retry_after");
    if (seconds.canConvertToLong()) {
      return Duration.ofSeconds(seconds.asLong());
    }
    try {
      return a.retryAfterHeader() == null
          ? null
          : Duration.ofSeconds(Long.parseLong(a.retryAfterHeader().strip()));
    } catch (NumberFormatException httpDate) {
      return null;
    }
  }

  /** The API's own description (Telegram: description, others: message); never our text. */
  private static String description(String body) {
    JsonNode node = parse(body);
    String d = node.path("description").asText(node.path("message").asText(""));
    return d.isEmpty() ? "" : ": " + (d.length() > 200 ? d.substring(0, 200) : d);
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String digest(String key) {
    return Digests.sha256Hex(key).substring(0, 24);
  }
}
