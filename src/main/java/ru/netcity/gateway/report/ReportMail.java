package ru.netcity.gateway.report;

/**
 * One scheduled e-mail: a short Russian text and the report as a PDF attachment.
 *
 * @param login the recipient's account (for the log; the address is not logged)
 * @param attachment the PDF's file name, e.g. {@code otchet-2026-03-09.pdf}
 */
public record ReportMail(
    String login, String to, String subject, String text, String attachment, byte[] pdf) {

  @Override
  public String toString() {
    return "ReportMail[" + login + ", " + attachment + ", " + pdf.length + " bytes]";
  }
}
