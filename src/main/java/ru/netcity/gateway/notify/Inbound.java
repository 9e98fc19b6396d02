package ru.netcity.gateway.notify;

/**
 * A message a parent sent back. {@link #toString()} names neither sender nor text.
 *
 * @param sourceKey the channel's own id of the message (Telegram update id, MAX message id, the
 *     e-mail's Message-ID), so that a message read twice is registered once
 * @param sender the e-mail address, Telegram chat id or MAX user id
 * @param replyToOutboxId the outbox row answered (e-mail In-Reply-To), or null
 */
public record Inbound(
    Channel channel, String sourceKey, String sender, String text, Long replyToOutboxId) {
  @Override
  public String toString() {
    return "Inbound[channel=" + channel + "]";
  }
}
