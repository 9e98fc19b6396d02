package ru.netcity.gateway.notify;

import java.time.LocalDateTime;

/**
 * A registered complaint («Жалоба») or answer from a parent, as the page and the API show it to the
 * staff who may see its class. Times UTC.
 *
 * @param kind COMPLAINT or ANSWER
 * @param classTeacher the login it was routed to, or null when no class teacher is on file
 * @param toDeputy it concerns a mark or the journal: the deputy director sees it too
 */
public record ParentMessage(
    long id,
    String kind,
    String parentName,
    int studentId,
    String className,
    String channel,
    String text,
    LocalDateTime receivedAt,
    LocalDateTime acknowledgedAt,
    String classTeacher,
    boolean toDeputy,
    String answer,
    String answeredBy,
    LocalDateTime answeredAt) {
  public boolean answered() {
    return answeredAt != null;
  }

  @Override
  public String toString() {
    return "ParentMessage[id=" + id + ", kind=" + kind + ", class=" + className + "]";
  }
}
