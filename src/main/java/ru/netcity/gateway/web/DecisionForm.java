package ru.netcity.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator's decision as sent over HTTP: only the comment (required for a rejection). Who
 * decided is the signed-in administrator, so a body naming someone ({@code by}) is refused.
 */
record DecisionForm(String comment, JsonNode by) {
  static final DecisionForm NONE = new DecisionForm(null, null);

  String checkedComment() {
    if (by != null) {
      throw Refused.badRequest(
          "Решение принимает вошедший администратор от своего имени: уберите поле «by».");
    }
    return comment;
  }
}
