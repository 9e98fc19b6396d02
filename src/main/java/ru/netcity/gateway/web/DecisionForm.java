package ru.netcity.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator's decision as sent over HTTP: for an approval the note of the changes made
 * (clause 2.3.4.2, required), and a comment (required for a rejection). Who decided and when are
 * the signed-in administrator and the server's clock, so a body naming either ({@code by}, {@code
 * decidedAt}) is refused.
 */
record DecisionForm(String changesMade, String comment, JsonNode by, JsonNode decidedAt) {
  static final DecisionForm NONE = new DecisionForm(null, null, null, null);

  /** The form of an approval, checked. */
  DecisionForm approval() {
    checkDecider();
    return this;
  }

  /** The form of a rejection, checked: a rejected request changes nothing. */
  DecisionForm rejection() {
    checkDecider();
    if (changesMade != null) {
      throw Refused.badRequest(
          "При отказе изменения в журнал не вносятся: уберите поле «changesMade».");
    }
    return this;
  }

  private void checkDecider() {
    if (by != null) {
      throw Refused.badRequest(
          "Решение принимает вошедший администратор от своего имени: уберите поле «by».");
    }
    if (decidedAt != null) {
      throw Refused.badRequest(
          "Время решения ставит сервер в момент решения: уберите поле «decidedAt».");
    }
  }
}
