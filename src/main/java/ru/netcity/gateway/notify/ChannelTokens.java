package ru.netcity.gateway.notify;

/**
 * The channels' secrets as read from the environment or their files (null: channel off, or the SMS
 * gateway needs none). {@link #toString()} shows none of them.
 */
public record ChannelTokens(String telegram, String max, String sms, String imapPassword) {
  @Override
  public String toString() {
    return "ChannelTokens[***]";
  }
}
