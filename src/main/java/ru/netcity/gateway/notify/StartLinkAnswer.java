package ru.netcity.gateway.notify;

/**
 * What opening a start link did, and the Russian answer the parent gets in the messenger.
 *
 * @param consentInForce whether the written consent for the channel is on file today (only for
 *     {@link Outcome#BOUND})
 */
public record StartLinkAnswer(Outcome outcome, boolean consentInForce) {
  /** What opening a link did. */
  public enum Outcome {
    BOUND,
    UNKNOWN,
    USED,
    EXPIRED,
    /** Opened in a group chat: binding it would send a child's news to the whole group. */
    NOT_PRIVATE
  }

  /** The Russian answer to the parent in the messenger. */
  public String reply() {
    return switch (outcome) {
      case BOUND ->
          consentInForce
              ? "Готово: этот чат привязан к реестру родителей школы. Сообщения школы об"
                  + " успеваемости и посещаемости ребёнка будут приходить сюда."
              : "Готово: этот чат привязан к реестру родителей школы. Но сообщения школы будут"
                  + " приходить сюда только после того, как в школе будет ваше письменное"
                  + " согласие на обработку персональных данных для этого канала (п. 4.4)."
                  + " Обратитесь к классному руководителю.";
      case USED ->
          "Эта ссылка уже использована: каждая ссылка действует один раз. Чат не привязан."
              + " Попросите у классного руководителя новую ссылку.";
      case EXPIRED ->
          "Срок действия этой ссылки истёк. Чат не привязан. Попросите у классного"
              + " руководителя новую ссылку.";
      case NOT_PRIVATE ->
          "Эту ссылку нужно открыть в личном чате с ботом, а не в группе. Чат не привязан, ссылка"
              + " по-прежнему действует.";
      case UNKNOWN ->
          "Ссылка не распознана. Чат не привязан. Откройте ссылку, которую выдал классный"
              + " руководитель, или попросите у него новую.";
    };
  }
}
