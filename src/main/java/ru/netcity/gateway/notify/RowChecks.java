package ru.netcity.gateway.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format checks of single cells, each adding its Russian problem to the row's list. A contact's
 * value is never repeated in a problem: the report names the column only.
 */
final class RowChecks {
  static final DateTimeFormatter RUSSIAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s;,<>]+@[^@\\s;,<>.]+(\\.[^@\\s;,<>.]+)+");
  private static final Pattern TELEGRAM = Pattern.compile("-?\\d{1,20}");
  private static final Pattern MAX = Pattern.compile("\\d{1,20}");

  private RowChecks() {}

  /** The contact normalised, or empty with a problem added when it has not the channel's form. */
  static Optional<String> contact(Channel channel, String value, List<String> problems) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String normal =
        switch (channel) {
          case EMAIL -> EMAIL.matcher(value).matches() ? value : null;
          case TELEGRAM -> TELEGRAM.matcher(value).matches() ? value : null;
          case MAX -> MAX.matcher(value).matches() ? value : null;
          case SMS -> phone(value);
        };
    if (normal == null) {
      problems.add(
          switch (channel) {
            case EMAIL -> "неверный адрес электронной почты в столбце «Email»";
            case TELEGRAM -> "в столбце «Telegram» ожидается числовой chat id";
            case MAX -> "в столбце «MAX» ожидается числовой id пользователя";
            case SMS ->
                "неверный номер в столбце «Телефон» (ожидается +7XXXXXXXXXX или 8XXXXXXXXXX)";
          });
    }
    return Optional.ofNullable(normal);
  }

  /** A Russian mobile or landline number as +7 and ten digits, or null. */
  static String phone(String value) {
    String digits = value.replaceAll("[\\s()\\-]", "");
    if (digits.matches("\\+7\\d{10}")) {
      return digits;
    }
    if (digits.matches("[78]\\d{10}")) {
      return "+7" + digits.substring(1);
    }
    return null;
  }

  /** A date as ДД.ММ.ГГГГ (or ISO), null for an empty cell or a problem added. */
  static LocalDate date(String column, String value, List<String> problems) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, RUSSIAN_DATE);
    } catch (DateTimeParseException e) {
      problems.add("неверная дата в столбце «" + column + "» (ожидается ДД.ММ.ГГГГ)");
      return null;
    }
  }

  /** «да»/«нет» (empty: нет), or null with a problem added. */
  static Boolean yesNo(String column, String value, List<String> problems) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.isEmpty() || v.equals("нет")) {
      return false;
    }
    if (v.equals("да")) {
      return true;
    }
    problems.add("в столбце «" + column + "» ожидается «да» или «нет»");
    return null;
  }

  static String day(LocalDate date) {
    return RUSSIAN_DATE.format(date);
  }
}
