package ru.netcity.gateway.camel;

import jakarta.mail.PasswordAuthentication;
import org.apache.camel.component.mail.MailAuthenticator;

/** The IMAP account of the replies' mailbox; the password from the environment or its file. */
public final class ImapAuthenticator extends MailAuthenticator {
  private final String username;
  private final String password;

  public ImapAuthenticator(String username, String password) {
    this.username = username;
    this.password = password;
  }

  @Override
  public PasswordAuthentication getPasswordAuthentication() {
    return new PasswordAuthentication(username, password);
  }

  @Override
  public String toString() {
    return "ImapAuthenticator[" + username + ", ***]";
  }
}
