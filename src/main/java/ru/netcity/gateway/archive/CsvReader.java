package ru.netcity.gateway.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the archive's CSV back ({@link CsvLines}: {@code ;}, quotes doubled, an empty field is null
 * and {@code ""} an empty text). For the chain check of a restored snapshot and for tests.
 */
final class CsvReader {
  private final Reader in;
  private int next;

  CsvReader(Reader in) throws IOException {
    this.in = in;
    this.next = in.read();
  }

  /** The next record's fields, or null at the end. */
  List<String> record() throws IOException {
    if (next < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = next;
      next = in.read();
      if (quoted) {
        if (c < 0) {
          throw new IOException("a quoted field is not closed at the end of the file");
        }
        if (c == '"' && next == '"') {
          field.append('"');
          next = in.read();
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ';' || c == '\n' || c < 0) {
        fields.add(field.isEmpty() && !wasQuoted ? null : field.toString());
        field.setLength(0);
        wasQuoted = false;
        if (c != ';') {
          return fields;
        }
      } else if (c != '\r') {
        field.append((char) c);
      }
    }
  }
}
