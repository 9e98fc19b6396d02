package ru.netcity.gateway.notify;

/**
 * One due outbox row with the parent's contact for its channel. Subject, body and contact are
 * personal data: {@link #toString()} names none of them.
 *
 * @param contact the e-mail address, Telegram chat id, MAX user id or phone number
 */
public record Outgoing(
    long id,
    String idempotencyKey,
    long parentId,
    int schoolId,
    int studentId,
    Channel channel,
    String kind,
    String subject,
    String body,
    int attempts,
    String contact) {
  @Override
  public String toString() {
    return "Outgoing[id=" + id + ", channel=" + channel + ", kind=" + kind + "]";
  }
}
