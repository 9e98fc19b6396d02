package ru.netcity.gateway.notify;

import java.time.LocalTime;
import java.util.Set;

/**
 * A parent's preferences (V18 notify_preference), the defaults filled in.
 *
 * @param channels the channels the parent wants; empty = every channel with a contact
 * @param kinds the event kinds ({@link MessageKind#preference()}); empty = all
 * @param subjects the subjects; empty = all
 * @param digest the day's messages wait for the evening digest instead of going singly
 */
public record Preferences(
    Set<Channel> channels,
    Set<String> kinds,
    Set<String> subjects,
    LocalTime quietFrom,
    LocalTime quietTo,
    boolean digest,
    int dailyCap) {

  public Preferences {
    channels = Set.copyOf(channels);
    kinds = Set.copyOf(kinds);
    subjects = Set.copyOf(subjects);
  }

  static Preferences defaults(NotifyEventsProperties p) {
    return new Preferences(
        Set.of(), Set.of(), Set.of(), p.quietFrom(), p.quietTo(), false, p.dailyCap());
  }

  /** Whether the parent wants this kind of message on this channel about this subject. */
  boolean wants(Channel channel, MessageKind kind, String subject) {
    return (channels.isEmpty() || channels.contains(channel))
        && (kinds.isEmpty() || kinds.contains(kind.preference()))
        && (subjects.isEmpty() || subject == null || subjects.contains(subject));
  }

  /** Whether {@code time} (school time) falls in the quiet hours, which may span midnight. */
  boolean quiet(LocalTime time) {
    if (quietFrom.equals(quietTo)) {
      return false;
    }
    return quietFrom.isBefore(quietTo)
        ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
        : !time.isBefore(quietFrom) || time.isBefore(quietTo);
  }
}
