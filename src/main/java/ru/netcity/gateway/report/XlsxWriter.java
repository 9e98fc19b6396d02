package ru.netcity.gateway.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an XLSX workbook, one sheet each: the title and the filters on the first two rows, the
 * header on the third, frozen, with filters on; numbers as numbers, dates as dates, shares as
 * percentages. Streams rows (SXSSF), so a year's findings fit in a small heap.
 */
public final class XlsxWriter {
  private static final int HEADER_ROW = 2;
  private static final int MAX_WIDTH = 80;

  private XlsxWriter() {}

  public static byte[] write(List<ReportTable> tables) {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      Styles styles = new Styles(book);
      Set<String> names = new HashSet<>();
      for (ReportTable table : tables) {
        sheet(book, table, styles, names);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      book.dispose();
    }
  }

  private static void sheet(
      SXSSFWorkbook book, ReportTable table, Styles styles, Set<String> names) {
    String name = WorkbookUtil.createSafeSheetName(table.title());
    name = name.length() > 28 ? name.substring(0, 28) : name;
    String unique = name;
    for (int i = 2; !names.add(unique.toLowerCase()); i++) {
      unique = name + " " + i;
    }
    Sheet sheet = book.createSheet(unique);
    Cell title = sheet.createRow(0).createCell(0);
    title.setCellValue(table.title());
    title.setCellStyle(styles.title);
    sheet.createRow(1).createCell(0).setCellValue(table.subtitle());
    Row header = sheet.createRow(HEADER_ROW);
    int columns = table.columns().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(table.columns().get(c).header());
      cell.setCellStyle(styles.header);
      widths[c] = table.columns().get(c).header().length() + 4;
    }
    int r = HEADER_ROW + 1;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns; c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        ReportTable.Kind kind = table.columns().get(c).kind();
        if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          if (kind == ReportTable.Kind.SHARE) {
            cell.setCellStyle(styles.share);
          }
        } else if (value instanceof LocalDateTime t) {
          cell.setCellValue(t);
          cell.setCellStyle(styles.time);
        } else if (value instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(styles.day);
        } else {
          String text = value.toString();
          cell.setCellValue(text);
          widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, text.length() + 2));
        }
        if (value instanceof LocalDate) {
          widths[c] = Math.max(widths[c], 12);
        } else if (value instanceof LocalDateTime) {
          widths[c] = Math.max(widths[c], 17);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, columns - 1));
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle share;
    final CellStyle day;
    final CellStyle time;

    Styles(SXSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      title = book.createCellStyle();
      title.setFont(bold);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      share = book.createCellStyle();
      share.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      day = book.createCellStyle();
      day.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      time = book.createCellStyle();
      time.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
    }
  }
}
