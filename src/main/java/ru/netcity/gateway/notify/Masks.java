package ru.netcity.gateway.notify;

/** Contacts as people-facing lists show them: enough to recognise, not enough to use. */
public final class Masks {
  private Masks() {}

  public static String mask(Channel channel, String contact) {
    if (contact == null || contact.isEmpty()) {
      return "";
    }
    if (channel == Channel.EMAIL) {
      int at = contact.indexOf('@');
      return contact.charAt(0) + "***" + (at < 0 ? "" : contact.substring(at));
    }
    int keep = Math.min(2, contact.length() / 3);
    return "*".repeat(contact.length() - keep) + contact.substring(contact.length() - keep);
  }
}
