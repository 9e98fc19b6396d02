package ru.netcity.gateway.notify;

import java.util.Optional;
import ru.netcity.gateway.domain.EntryKind;
import ru.netcity.gateway.ledger.ChangeType;

/**
 * What a message tells, its template file ({@code <template>.txt} in the templates folder) and the
 * event kind a parent's preferences name (MARK, ABSENCE, HOMEWORK, DOT, FINAL_MARK, FORECAST).
 */
public enum MessageKind {
  MARK_ADDED("mark-added", "MARK"),
  MARK_CHANGED("mark-changed", "MARK"),
  MARK_DELETED("mark-deleted", "MARK"),
  ABSENCE_ADDED("absence-added", "ABSENCE"),
  ABSENCE_CHANGED("absence-changed", "ABSENCE"),
  ABSENCE_DELETED("absence-deleted", "ABSENCE"),
  HOMEWORK_ADDED("homework-added", "HOMEWORK"),
  HOMEWORK_CHANGED("homework-changed", "HOMEWORK"),
  DUTY_DOT("duty-dot", "DOT"),
  FINAL_MARK_ADDED("final-mark-added", "FINAL_MARK"),
  FINAL_MARK_CHANGED("final-mark-changed", "FINAL_MARK"),
  FORECAST("forecast", "FORECAST");

  private final String template;
  private final String preference;

  MessageKind(String template, String preference) {
    this.template = template;
    this.preference = preference;
  }

  public String template() {
    return template;
  }

  /** The event kind as a parent's preferences name it. */
  public String preference() {
    return preference;
  }

  /**
   * The message a ledger change calls for, if any: marks, absences and final marks whichever way
   * they change; homework added or changed; a duty dot added. Lesson records, lessons, works and
   * the journal log's revisions tell parents nothing.
   */
  public static Optional<MessageKind> of(EntryKind kind, ChangeType change) {
    if (change == ChangeType.BASELINE) {
      return Optional.empty();
    }
    MessageKind found =
        switch (kind) {
          case MARK -> pick(change, MARK_ADDED, MARK_CHANGED, MARK_DELETED);
          case ABSENCE -> pick(change, ABSENCE_ADDED, ABSENCE_CHANGED, ABSENCE_DELETED);
          case HOMEWORK -> pick(change, HOMEWORK_ADDED, HOMEWORK_CHANGED, null);
          case DOT -> change == ChangeType.ADDED ? DUTY_DOT : null;
          case TERM_MARK -> pick(change, FINAL_MARK_ADDED, FINAL_MARK_CHANGED, null);
          default -> null;
        };
    return Optional.ofNullable(found);
  }

  private static MessageKind pick(
      ChangeType change, MessageKind added, MessageKind changed, MessageKind deleted) {
    return switch (change) {
      case ADDED -> added;
      case CHANGED -> changed;
      case DELETED -> deleted;
      default -> null;
    };
  }
}
