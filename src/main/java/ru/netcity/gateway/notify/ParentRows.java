package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks every row of the class teachers' file against the roster and the regulation's demands on a
 * written consent; the result is either all rows checked or the Russian problems, line by line.
 */
final class ParentRows {
  static final List<String> REQUIRED = List.of("Класс", "ID ученика", "Родитель");

  private final Roster roster;
  private final LocalDate today;

  /** Where the children are: the roster of the newest sync. */
  interface Roster {
    /** The class's school and its spelling in the AIS, if the student is in that class. */
    Optional<Roster.Pupil> find(String className, int studentId);

    record Pupil(int schoolId, String className) {}
  }

  ParentRows(Roster roster, LocalDate today) {
    this.roster = roster;
    this.today = today;
  }

  /**
   * @throws ParentImportException with every problem of the file; nothing is checked half
   */
  List<ParentEntry> check(ParentSheet sheet) {
    List<String> header = new ArrayList<>();
    for (String column : REQUIRED) {
      if (!sheet.header().contains(column)) {
        header.add("строка 1: нет столбца «" + column + "»");
      }
    }
    if (!header.isEmpty()) {
      throw new ParentImportException(header);
    }
    Map<Integer, List<String>> problems = new TreeMap<>();
    List<ParentEntry> entries = new ArrayList<>();
    Map<String, ParentEntry> byPair = new HashMap<>();
    Map<String, Map<Channel, ParentEntry>> contactsOf = new HashMap<>();
    for (ParentSheet.Row row : sheet.rows()) {
      if (sheet.blank(row)) {
        continue;
      }
      List<String> rowProblems = new ArrayList<>();
      ParentEntry entry = entry(sheet, row, rowProblems);
      if (entry != null) {
        String pair = entry.nameKey() + "|" + entry.schoolId() + "|" + entry.studentId();
        ParentEntry first = byPair.putIfAbsent(pair, entry);
        if (first != null) {
          rowProblems.add("этот родитель и ученик уже указаны в строке " + first.line());
        }
        Map<Channel, ParentEntry> seen =
            contactsOf.computeIfAbsent(entry.nameKey(), k -> new EnumMap<>(Channel.class));
        for (Map.Entry<Channel, String> c : entry.contacts().entrySet()) {
          ParentEntry earlier = seen.putIfAbsent(c.getKey(), entry);
          if (earlier != null && !earlier.contacts().get(c.getKey()).equals(c.getValue())) {
            rowProblems.add(
                "у того же родителя в строке "
                    + earlier.line()
                    + " другое значение в столбце «"
                    + c.getKey().column()
                    + "»");
          }
        }
      }
      if (rowProblems.isEmpty()) {
        entries.add(entry);
      } else {
        problems.computeIfAbsent(row.line(), k -> new ArrayList<>()).addAll(rowProblems);
      }
    }
    for (ParentEntry e : entries) {
      if (e.consentDate() != null && contactsOf.get(e.nameKey()).isEmpty()) {
        problems
            .computeIfAbsent(e.line(), k -> new ArrayList<>())
            .add(
                "указано согласие, но у родителя в файле нет ни одного контакта"
                    + " (Email, Telegram, MAX, Телефон)");
      }
    }
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>();
      problems.forEach((line, list) -> list.forEach(p -> lines.add("строка " + line + ": " + p)));
      throw new ParentImportException(lines);
    }
    if (entries.isEmpty()) {
      throw new ParentImportException(List.of("в файле нет ни одной строки с родителем"));
    }
    return entries;
  }

  private ParentEntry entry(ParentSheet sheet, ParentSheet.Row row, List<String> problems) {
    String className = sheet.cell(row, "Класс");
    String studentCell = sheet.cell(row, "ID ученика");
    String parent = sheet.cell(row, "Родитель");
    for (String column : REQUIRED) {
      if (sheet.cell(row, column).isEmpty()) {
        problems.add("не заполнен столбец «" + column + "»");
      }
    }
    Optional<Roster.Pupil> pupil = Optional.empty();
    int studentId = 0;
    if (!studentCell.isEmpty() && !studentCell.matches("\\d{1,9}")) {
      problems.add("в столбце «ID ученика» ожидается число (id ученика в АИС)");
    } else if (!studentCell.isEmpty() && !className.isEmpty()) {
      studentId = Integer.parseInt(studentCell);
      pupil = roster.find(className, studentId);
      if (pupil.isEmpty()) {
        problems.add(
            "ученика с ID " + studentId + " нет в списке класса " + className + " (по данным АИС)");
      }
    }
    if (parent.length() > 300) {
      problems.add("в столбце «Родитель» больше 300 символов");
    }
    Boolean access =
        RowChecks.yesNo("Доступ к дневнику", sheet.cell(row, "Доступ к дневнику"), problems);
    Map<Channel, String> contacts = new EnumMap<>(Channel.class);
    for (Channel channel : Channel.values()) {
      RowChecks.contact(channel, sheet.cell(row, channel.column()), problems)
          .ifPresent(c -> contacts.put(channel, c));
    }
    LocalDate consent = RowChecks.date("Дата согласия", sheet.cell(row, "Дата согласия"), problems);
    LocalDate revoked = RowChecks.date("Дата отзыва", sheet.cell(row, "Дата отзыва"), problems);
    String document = sheet.cell(row, "Документ");
    boolean consentCell = !sheet.cell(row, "Дата согласия").isEmpty();
    consent(consent, consentCell, document, revoked, contacts, problems);
    if (!problems.isEmpty() || pupil.isEmpty()) {
      return null;
    }
    return new ParentEntry(
        row.line(),
        pupil.get().className(),
        pupil.get().schoolId(),
        studentId,
        parent.strip().replaceAll("\\s+", " "),
        access,
        Map.copyOf(contacts),
        consent,
        document.isEmpty() ? null : document,
        revoked,
        pupilName(sheet.cell(row, "Ученик")));
  }

  private static String pupilName(String cell) {
    String name = cell.strip().replaceAll("\\s+", " ");
    return name.isEmpty() || name.length() > 300 ? null : name;
  }

  /** What a written consent needs: a past date, its document, a channel, a later revocation. */
  private void consent(
      LocalDate consent,
      boolean consentCell,
      String document,
      LocalDate revoked,
      Map<Channel, String> contacts,
      List<String> problems) {
    if (consent != null && consent.isAfter(today)) {
      problems.add(
          "дата согласия "
              + RowChecks.day(consent)
              + " ещё не наступила (сегодня "
              + RowChecks.day(today)
              + ")");
    }
    if (consent != null && document.isEmpty()) {
      problems.add("указана дата согласия, но не указан документ (столбец «Документ»)");
    }
    if (!consentCell && !document.isEmpty()) {
      problems.add("указан документ, но не указана дата согласия");
    }
    if (document.length() > 300) {
      problems.add("в столбце «Документ» больше 300 символов");
    }
    if (revoked != null && !consentCell) {
      problems.add("указана дата отзыва, но нет даты согласия");
    }
    if (revoked != null && consent != null && revoked.isBefore(consent)) {
      problems.add(
          "дата отзыва "
              + RowChecks.day(revoked)
              + " раньше даты согласия "
              + RowChecks.day(consent));
    }
    if (revoked != null && revoked.isAfter(today)) {
      problems.add(
          "дата отзыва "
              + RowChecks.day(revoked)
              + " ещё не наступила (сегодня "
              + RowChecks.day(today)
              + ")");
    }
  }
}
