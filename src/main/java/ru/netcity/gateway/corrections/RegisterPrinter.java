package ru.netcity.gateway.corrections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The register as a printable HTML page (A4 landscape): the columns of clause 2.3.4.1 and the
 * administrator's decision with the note of the changes made (2.3.4.2). Every value is escaped;
 * names are printed, since the page is the register itself, but never logged.
 */
public final class RegisterPrinter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final ZoneId schoolZone;

  public RegisterPrinter(ZoneId schoolZone) {
    this.schoolZone = schoolZone;
  }

  public String html(List<CorrectionRequest> requests, LocalDate from, LocalDate to) {
    StringBuilder page = new StringBuilder(4096 + requests.size() * 512);
    page.append(
            """
            <!DOCTYPE html>
            <html lang="ru"><head><meta charset="utf-8">
            <title>Журнал замены сведений в электронном журнале</title>
            <style>
            @page { size: A4 landscape; margin: 12mm; }
            body { font: 10pt "Times New Roman", serif; }
            h1 { font-size: 13pt; text-align: center; margin: 0 0 4pt; }
            p.period { text-align: center; margin: 0 0 8pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
            th { font-weight: bold; text-align: center; }
            tr { page-break-inside: avoid; }
            </style></head><body>
            <h1>Журнал «Замена сведений в электронном журнале»</h1>
            """)
        .append("<p class=\"period\">")
        .append(period(from, to))
        .append("</p>\n")
        .append(
            "<table><thead><tr><th>№</th><th>Дата заявки</th><th>Класс</th><th>Учитель</th>"
                + "<th>Дата урока</th><th>Предмет</th><th>Вносимые изменения</th>"
                + "<th>Причина замены</th><th>Документ-основание</th><th>Решение</th>"
                + "<th>Кто принял решение, когда</th><th>Произведённые изменения</th>"
                + "<th>Комментарий</th></tr></thead>\n<tbody>\n");
    if (requests.isEmpty()) {
      page.append("<tr><td colspan=\"13\">Заявок за период нет.</td></tr>\n");
    }
    for (CorrectionRequest r : requests) {
      page.append("<tr>");
      cell(page, Long.toString(r.id()));
      cell(page, DAY.format(r.requestedOn()));
      cell(page, r.className());
      cell(page, r.teacher());
      cell(page, DAY.format(r.targetDate()));
      cell(page, r.subject());
      cell(page, r.changes());
      cell(page, r.reason());
      cell(page, r.basisDocument() == null ? "—" : r.basisDocument());
      cell(page, r.status().label());
      cell(page, r.decidedAt() == null ? "" : r.decidedBy() + ", " + stamp(r.decidedAt()));
      cell(page, r.status() == CorrectionStatus.APPROVED ? changesMade(r) : "");
      cell(page, r.decisionComment() == null ? "" : r.decisionComment());
      page.append("</tr>\n");
    }
    return page.append("</tbody></table>\n</body></html>\n").toString();
  }

  /** A gateway (UTC) time as the register prints it, in the school's zone. */
  public String stamp(LocalDateTime utc) {
    return stamp(utc, schoolZone);
  }

  static String stamp(LocalDateTime utc, ZoneId zone) {
    return STAMP.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
  }

  /** The note of an approval; approvals recorded before the note was required have none. */
  public static String changesMade(CorrectionRequest r) {
    return r.changesMade() == null ? "не указано" : r.changesMade();
  }

  private static String period(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "за всё время";
    }
    return (from == null ? "" : "с " + DAY.format(from) + " ")
        + (to == null ? "" : "по " + DAY.format(to));
  }

  private static void cell(StringBuilder page, String text) {
    page.append("<td>").append(Entities.escape(text)).append("</td>");
  }
}
