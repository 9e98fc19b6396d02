package ru.netcity.gateway.report;

/**
 * One scheduled e-mail to a staff account: a short Russian text and, for a report, the report as a
 * PDF attachment.
 *
 * @param login the recipient's account (for the log; the address is not logged)
 * @param attachment the PDF's file name, e.g. {@code otchet-2026-03-09.pdf}; null = text only
 * @param pdf the attachment's bytes; null = text only
 */
public record ReportMail(
    String login, String to, String subject, String text, String attachment, byte[] pdf) {

  /** A mail of text alone (the class teachers' daily digest). */
  public static ReportMail text(String login, String to, String subject, String text) {
    return new ReportMail(login, to, subject, text, null, null);
  }

  @Override
  public String toString() {
    return pdf == null
        ? "ReportMail[" + login + ", text]"
        : "ReportMail[" + login + ", " + attachment + ", " + pdf.length + " bytes]";
  }
}
