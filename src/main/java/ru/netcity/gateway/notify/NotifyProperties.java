package ru.netcity.gateway.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.notify.*} keys; see {@code config/application.yaml} for each one's meaning.
 * Tokens and passwords come from the environment or a file, never from the file itself.
 */
@Validated
@ConfigurationProperties("gateway.notify")
public record NotifyProperties(
    @DefaultValue("10s") @NotNull Duration pollInterval,
    @DefaultValue("500") @Min(1) @Max(10000) int batchSize,
    @DefaultValue("5m") @NotNull Duration claimFor,
    @DefaultValue("8") @Min(1) int maxAttempts,
    @DefaultValue("30s") @NotNull Duration firstRetry,
    @DefaultValue("1h") @NotNull Duration maxRetry,
    @DefaultValue("30000") @Min(100) int httpTimeoutMillis,
    @Valid @NotNull @DefaultValue Email email,
    @Valid @NotNull @DefaultValue Bot telegram,
    @Valid @NotNull @DefaultValue Bot max,
    @Valid @NotNull @DefaultValue Bot sms,
    @Valid @NotNull @DefaultValue Link link) {

  /**
   * The messenger start links a class teacher hands to a parent ({@link StartLinks}).
   *
   * @param validFor how long a link's one-time code may be used after it was issued
   * @param telegramBot the Telegram bot's username (t.me/&lt;name&gt;); empty = no Telegram links
   * @param maxBot the MAX bot's name (max.ru/&lt;name&gt;); empty = no MAX links
   */
  public record Link(
      @DefaultValue("14d") @NotNull Duration validFor,
      @Pattern(regexp = "[A-Za-z0-9_]*") String telegramBot,
      @Pattern(regexp = "[A-Za-z0-9_.-]*") String maxBot) {
    /** The bot name of a channel that has start links, else null. */
    public String bot(Channel channel) {
      String name =
          switch (channel) {
            case TELEGRAM -> telegramBot;
            case MAX -> maxBot;
            default -> null;
          };
      return name == null || name.isBlank() ? null : name;
    }
  }

  /**
   * @param from the sender address of the school's messages
   * @param ratePerSecond messages per second handed to the SMTP server
   */
  public record Email(
      @DefaultValue("netcity-gateway@localhost") @NotBlank String from,
      @DefaultValue("10") @Min(1) int ratePerSecond,
      @Valid @NotNull @DefaultValue Imap imap) {}

  /** The mailbox the parents' replies arrive in (read only when enabled). */
  public record Imap(
      boolean enabled,
      @DefaultValue("localhost") @NotBlank String host,
      @DefaultValue("993") int port,
      String username,
      String password,
      Path passwordFile,
      @DefaultValue("60s") @NotNull Duration pollInterval) {
    @Override
    public String toString() {
      return "Imap[host=" + host + ", port=" + port + ", password=***]";
    }
  }

  /**
   * A channel over HTTP (Telegram, MAX, the SMS gateway); disabled while base-url is empty.
   *
   * @param perChatInterval the least time between two messages to the same chat (Telegram: 1 s)
   * @param pollUpdates read the bot's updates (the parents' messages) every poll-interval
   */
  public record Bot(
      String baseUrl,
      String token,
      Path tokenFile,
      @DefaultValue("30") @Min(1) int ratePerSecond,
      @DefaultValue("0s") @NotNull Duration perChatInterval,
      boolean pollUpdates,
      @DefaultValue("5s") @NotNull Duration pollInterval) {
    public boolean enabled() {
      return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
      return "Bot[baseUrl=" + baseUrl + ", token=***, ratePerSecond=" + ratePerSecond + "]";
    }
  }
}
