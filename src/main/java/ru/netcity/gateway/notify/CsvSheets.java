package ru.netcity.gateway.notify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Russian Excel saves it: ";" between cells, double quotes around cells that hold one, UTF-8
 * with or without a byte-order mark, or windows-1251 when the bytes are no UTF-8.
 */
final class CsvSheets {
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private CsvSheets() {}

  static ParentSheet read(byte[] bytes) {
    List<List<String>> records = parse(decode(bytes));
    if (records.isEmpty()) {
      return new ParentSheet(List.of(), List.of());
    }
    List<ParentSheet.Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      rows.add(new ParentSheet.Row(i + 1, records.get(i)));
    }
    return new ParentSheet(records.get(0), rows);
  }

  static String decode(byte[] bytes) {
    int skip =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1251);
    }
  }

  /** Records of trimmed cells; a quoted cell may hold ";", doubled quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        record.add(cell.toString().strip());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString().strip());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString().strip());
      records.add(record);
    }
    return records;
  }
}
