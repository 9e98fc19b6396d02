package ru.netcity.gateway.netcity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Jackson as the AIS needs it: unknown fields ignored, dates as midnight timestamps without a zone
 * ({@code 2023-04-10T00:00:00}) and timestamps with 0–7 fraction digits (netcity-api.md §2.5).
 */
public final class NetCityJson {
  static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd'T'HH:mm[:ss]")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter();

  private NetCityJson() {}

  public static ObjectMapper mapper() {
    SimpleModule aisDates = new SimpleModule("ais-dates");
    aisDates.addDeserializer(LocalDate.class, new DateDeserializer());
    aisDates.addDeserializer(LocalDateTime.class, new TimestampDeserializer());
    aisDates.addDeserializer(LocalTime.class, new TimeDeserializer());
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(aisDates)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
  }

  /** Parses an AIS timestamp such as {@code 2022-10-16T18:49:41.4794107}. */
  public static LocalDateTime timestamp(String text) {
    return LocalDateTime.parse(text.trim(), TIMESTAMP);
  }

  private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      return date(text);
    }
  }

  private static final class TimeDeserializer extends JsonDeserializer<LocalTime> {
    @Override
    public LocalTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      return text == null || text.isBlank() ? null : time(text.trim());
    }
  }

  /**
   * A date from {@code 2023-04-10T00:00:00} or {@code 2023-04-10}. A diary week holds hundreds of
   * them, so the common shape is read digit by digit; anything else goes through the formatter.
   */
  static LocalDate date(String text) {
    if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month > 0 && day > 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return text.length() > 10 ? timestamp(text).toLocalDate() : LocalDate.parse(text);
  }

  /** A lesson time {@code 08:30} or {@code 08:30:00}. */
  static LocalTime time(String text) {
    if ((text.length() == 5 || text.length() == 8) && text.charAt(2) == ':') {
      int hour = digits(text, 0, 2);
      int minute = digits(text, 3, 5);
      int second = text.length() == 8 ? digits(text, 6, 8) : 0;
      if (hour >= 0 && minute >= 0 && second >= 0) {
        return LocalTime.of(hour, minute, second);
      }
    }
    return LocalTime.parse(text);
  }

  /** The number written in {@code text[from, to)}, or -1 when a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static final class TimestampDeserializer extends JsonDeserializer<LocalDateTime> {
    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      return text == null || text.isBlank() ? null : timestamp(text);
    }
  }
}
