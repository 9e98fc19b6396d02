package ru.netcity.gateway.camel;

import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.report.ReportMail;
import ru.netcity.gateway.report.ReportProperties;

/**
 * Turns a {@link ReportMail} into the message camel-mail sends (routes weekly-reports and
 * class-digest): the text as the body, the PDF, if any, as an attachment, recipient and subject as
 * headers. Camel's attachment API is why this lives here and not in {@code report}.
 */
public final class ReportMailMessages {
  private static final Logger LOG = LoggerFactory.getLogger(ReportMailMessages.class);

  private final ReportProperties.Mail settings;

  public ReportMailMessages(ReportProperties.Mail settings) {
    this.settings = settings;
  }

  /**
   * The SMTP endpoint: with the sign-in only when a username is set (camel-mail would try to sign
   * in with empty credentials, which servers refuse). Camel masks the password in its logs.
   */
  public String endpoint() {
    String uri = "smtp://" + settings.host() + ":" + settings.port();
    if (settings.username().isBlank()) {
      return uri;
    }
    return uri
        + "?username="
        + URLEncoder.encode(settings.username(), StandardCharsets.UTF_8)
        + "&password=RAW("
        + settings.password()
        + ")";
  }

  public void prepare(Exchange exchange) {
    ReportMail mail = exchange.getIn().getBody(ReportMail.class);
    AttachmentMessage message = exchange.getIn(AttachmentMessage.class);
    // nothing of the trigger's headers goes into the mail
    message.getHeaders().clear();
    message.setHeader("To", mail.to());
    message.setHeader("From", settings.from());
    message.setHeader("Subject", mail.subject());
    message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
    message.setBody(mail.text());
    if (mail.pdf() == null) {
      LOG.info("mail of text to account {}", mail.login());
      return;
    }
    message.addAttachment(
        mail.attachment(), new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
    LOG.info("report {} to account {}", mail.attachment(), mail.login());
  }
}
