package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Query results as CSV (RFC 4180 with {@code ;} as the separator, UTF-8): a header of the query's
 * column names, then a line a row. Dates {@code yyyy-MM-dd}, times {@code
 * yyyy-MM-dd'T'HH:mm:ss.SSSSSS} (the precision the ledger hashes); a field with {@code ;}, {@code
 * "} or a line break is quoted with inner quotes doubled; SQL NULL is an empty field and an empty
 * text is {@code ""}, so the two stay apart. Same rows, same bytes. Several queries may write into
 * one file (one header).
 */
final class CsvLines implements AutoCloseable {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private final OutputStream out;
  private final Consumer<Object[]> eachRow;
  private String[] names;
  private int[] types;
  private Object[] values;

  /** {@code eachRow} sees every row's values as written (Long, Boolean, String or null). */
  CsvLines(OutputStream out, Consumer<Object[]> eachRow) {
    this.out = out;
    this.eachRow = eachRow;
  }

  CsvLines(OutputStream out) {
    this(out, row -> {});
  }

  /** Writes the query's rows (and, the first time, its header); a JdbcTemplate result extractor. */
  Void extract(ResultSet rs) throws SQLException {
    try {
      if (names == null) {
        header(rs.getMetaData());
      }
      while (rs.next()) {
        for (int i = 0; i < names.length; i++) {
          if (i > 0) {
            out.write(';');
          }
          values[i] = value(rs, i + 1, types[i]);
        }
        out.write('\n');
        eachRow.accept(values);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(ResultSetMetaData meta) throws SQLException, IOException {
    names = new String[meta.getColumnCount()];
    types = new int[names.length];
    values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
      types[i] = meta.getColumnType(i + 1);
    }
    out.write(String.join(";", names).getBytes(StandardCharsets.US_ASCII));
    out.write('\n');
  }

  private Object value(ResultSet rs, int column, int type) throws SQLException, IOException {
    switch (type) {
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> {
        long n = rs.getLong(column);
        if (rs.wasNull()) {
          return null;
        }
        out.write(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        return n;
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean b = rs.getBoolean(column);
        if (rs.wasNull()) {
          return null;
        }
        out.write((b ? "true" : "false").getBytes(StandardCharsets.US_ASCII));
        return b;
      }
      case Types.DATE -> {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return text(d == null ? null : d.toString());
      }
      case Types.TIMESTAMP -> {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return text(t == null ? null : time(t));
      }
      default -> {
        return text(rs.getString(column));
      }
    }
  }

  private String text(String s) throws IOException {
    out.write(Csv.cell(s).getBytes(StandardCharsets.UTF_8));
    return s;
  }

  /**
   * {@link #TIME} by hand: the formatter's generic printing was a fifth of a year's export. Years
   * outside 0..9999 (never in a journal) take the formatter.
   */
  static String time(LocalDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return TIME.format(t);
    }
    char[] c = "0000-00-00T00:00:00.000000".toCharArray();
    digits(c, 0, 4, year);
    digits(c, 5, 2, t.getMonthValue());
    digits(c, 8, 2, t.getDayOfMonth());
    digits(c, 11, 2, t.getHour());
    digits(c, 14, 2, t.getMinute());
    digits(c, 17, 2, t.getSecond());
    digits(c, 20, 6, t.getNano() / 1000);
    return new String(c);
  }

  private static void digits(char[] c, int at, int width, int value) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
