package ru.netcity.gateway.ledger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} in its binary format: a unit's new rows as one statement
 * and one data stream instead of an INSERT per row, on the connection of the caller's transaction,
 * with no text to parse on the server. Each value goes as its column's binary form, so the Java
 * type must match the column: Integer for INTEGER, Long for BIGINT, String (or an enum, by name)
 * for VARCHAR, LocalDate for DATE, LocalDateTime for TIMESTAMP, Boolean for BOOLEAN; a mismatch is
 * refused by the server, never stored wrongly.
 */
final class CopyRows {
  /** Rows are sent in pieces of about this many bytes. */
  private static final int PIECE = 64 * 1024;

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  /** PostgreSQL's dates and times count from 2000-01-01. */
  private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400;

  private CopyRows() {}

  /**
   * Copies {@code rows} (values in the order of {@code columns}) into {@code table}, sending each
   * piece as soon as it is made. At least one row: an empty copy would still be a statement.
   */
  static void into(JdbcTemplate jdbc, String table, String columns, Stream<Object[]> rows) {
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
    jdbc.execute(
        (ConnectionCallback<Long>)
            c -> {
              CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
              try {
                Piece piece = new Piece();
                piece.data.write(SIGNATURE);
                piece.data.writeInt(0); // flags
                piece.data.writeInt(0); // no header extension
                for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                  piece.data.writeShort(row.length);
                  for (Object value : row) {
                    field(piece.data, value);
                  }
                  if (piece.size() >= PIECE) {
                    piece.sendTo(copy);
                  }
                }
                piece.data.writeShort(-1); // end of data
                piece.sendTo(copy);
                return copy.endCopy();
              } catch (IOException e) {
                throw new UncheckedIOException(e); // writes to memory: not expected
              } finally {
                if (copy.isActive()) {
                  copy.cancelCopy();
                }
              }
            });
  }

  private static void field(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
    } else if (value instanceof Integer n) {
      out.writeInt(4);
      out.writeInt(n);
    } else if (value instanceof Long n) {
      out.writeInt(8);
      out.writeLong(n);
    } else if (value instanceof Boolean b) {
      out.writeInt(1);
      out.writeByte(b ? 1 : 0);
    } else if (value instanceof LocalDate date) {
      out.writeInt(4);
      out.writeInt(Math.toIntExact(date.toEpochDay() - EPOCH_DAY_2000));
    } else if (value instanceof LocalDateTime time) {
      out.writeInt(8);
      out.writeLong(
          (time.toEpochSecond(ZoneOffset.UTC) - EPOCH_SECOND_2000) * 1_000_000
              + time.getNano() / 1000);
    } else if (value instanceof String || value instanceof Enum<?>) {
      String text = value instanceof Enum<?> e ? e.name() : (String) value;
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    } else {
      throw new IllegalArgumentException("no binary COPY form for " + value.getClass());
    }
  }

  /** The bytes not yet sent. */
  private static final class Piece extends ByteArrayOutputStream {
    final DataOutputStream data = new DataOutputStream(this);

    Piece() {
      super(PIECE + 8192);
    }

    void sendTo(CopyIn copy) throws SQLException {
      copy.writeToCopy(buf, 0, count);
      reset();
    }
  }
}
