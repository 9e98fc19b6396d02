package ru.netcity.gateway.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A parent and one child as the register holds them, with the parent's contacts and the written
 * consents per channel.
 */
public record ParentLink(
    long parentId,
    String parentName,
    int schoolId,
    int studentId,
    String className,
    boolean diaryAccess,
    Map<Channel, String> contacts,
    Map<Channel, Consent> consents) {

  /**
   * A written consent (regulation 4.4).
   *
   * @param revokedOn the first day without consent, null while in force
   */
  public record Consent(LocalDate date, String document, LocalDate revokedOn) {
    /** Whether the consent covers that day: given on or before it and not revoked by then. */
    public boolean inForce(LocalDate day) {
      return !date.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
    }
  }

  /** The channels on which the parent may be messaged about this child on that day. */
  public Map<Channel, Consent> inForce(LocalDate day) {
    Map<Channel, Consent> out = new EnumMap<>(Channel.class);
    consents.forEach(
        (channel, consent) -> {
          if (consent.inForce(day) && contacts.containsKey(channel)) {
            out.put(channel, consent);
          }
        });
    return out;
  }

  /**
   * The channel's masked contact and whether the parent may be messaged on it that day, as the
   * register's lists show it («Telegram ****12: можно (заявление № 1)»).
   */
  public String describe(Channel channel, LocalDate day) {
    return channel.column()
        + " "
        + Masks.mask(channel, contacts.get(channel))
        + ": "
        + state(consents.get(channel), day);
  }

  private static String state(Consent consent, LocalDate day) {
    if (consent == null) {
      return "нет согласия";
    }
    if (consent.inForce(day)) {
      return "можно (" + consent.document() + ")";
    }
    return consent.revokedOn() != null && !consent.revokedOn().isAfter(day)
        ? "согласие отозвано " + consent.revokedOn()
        : "согласие с " + consent.date();
  }

  static Builder builder(ResultSet rs) throws SQLException {
    Map<Channel, String> contacts = new EnumMap<>(Channel.class);
    Channel[] order = {Channel.EMAIL, Channel.TELEGRAM, Channel.MAX, Channel.SMS};
    for (int i = 0; i < order.length; i++) {
      String value = rs.getString(3 + i);
      if (value != null) {
        contacts.put(order[i], value);
      }
    }
    return new Builder(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(7),
        rs.getInt(8),
        rs.getString(9),
        rs.getBoolean(10),
        contacts);
  }

  /** Collects the consent rows of one parent × child. */
  static final class Builder {
    private final ParentLink head;
    private final Map<Channel, Consent> consents = new EnumMap<>(Channel.class);

    private Builder(
        long parentId,
        String name,
        int schoolId,
        int studentId,
        String className,
        boolean access,
        Map<Channel, String> contacts) {
      this.head =
          new ParentLink(
              parentId,
              name,
              schoolId,
              studentId,
              className,
              access,
              Collections.unmodifiableMap(contacts),
              Map.of());
    }

    void consent(Channel channel, Consent consent) {
      consents.put(channel, consent);
    }

    ParentLink build() {
      return new ParentLink(
          head.parentId,
          head.parentName,
          head.schoolId,
          head.studentId,
          head.className,
          head.diaryAccess,
          head.contacts,
          Collections.unmodifiableMap(new EnumMap<>(consents)));
    }
  }

  /** The record's text names no contact (it may reach a log by accident). */
  @Override
  public String toString() {
    return "ParentLink[parent " + parentId + ", student " + studentId + ", " + className + "]";
  }
}
