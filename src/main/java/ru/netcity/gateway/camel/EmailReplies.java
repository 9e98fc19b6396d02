package ru.netcity.gateway.camel;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.gateway.notify.ComplaintDesk;
import ru.netcity.gateway.notify.Inbound;

/**
 * A mail read over IMAP by the route {@code notify-email-replies}, handed to the complaint desk:
 * the sender's address, the Message-ID (a mail read twice is registered once), the outbox row its
 * In-Reply-To names and the text without the quoted lines of our message.
 */
public final class EmailReplies {
  private static final Pattern OUR_ID = Pattern.compile("<n(\\d+)\\.[0-9a-f]+@netcity-gateway>");

  private final ComplaintDesk desk;

  public EmailReplies(ComplaintDesk desk) {
    this.desk = desk;
  }

  public void receive(Exchange exchange) {
    Message in = exchange.getIn();
    String from = in.getHeader("From", String.class);
    String messageId = in.getHeader("Message-ID", String.class);
    String inReplyTo = in.getHeader("In-Reply-To", String.class);
    String text = withoutQuote(in.getBody(String.class));
    if (from == null || text.isBlank()) {
      return;
    }
    Long replyTo = null;
    if (inReplyTo != null) {
      Matcher m = OUR_ID.matcher(inReplyTo);
      replyTo = m.find() ? Long.valueOf(m.group(1)) : null;
    }
    desk.register(
        new Inbound(
            Channel.EMAIL,
            messageId != null ? messageId : "mail-" + Integer.toHexString(text.hashCode()),
            address(from),
            text,
            replyTo));
  }

  private static String address(String from) {
    try {
      return new InternetAddress(from).getAddress();
    } catch (AddressException e) {
      return from.strip();
    }
  }

  /** The reply's own lines: quoted lines ({@code >}) and the quote's heading line go. */
  static String withoutQuote(String body) {
    if (body == null) {
      return "";
    }
    StringBuilder own = new StringBuilder();
    for (String line : body.split("\r?\n")) {
      if (line.startsWith(">")) {
        continue;
      }
      own.append(line).append('\n');
    }
    return own.toString().replaceAll("(?m)^.*(wrote|писал|пишет)[^\\n]*:\\s*$", "").strip();
  }
}
