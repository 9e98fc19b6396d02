package ru.netcity.gateway.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary sheets as an Excel workbook, a worksheet per class: two header rows (the subject over
 * its terms and «Год»), frozen with the pupils' names, filters on; a mark written as digits is a
 * number, anything else («зач», «н/а») text.
 */
final class SummarySheetXlsx {
  private static final int FIXED = 2;

  private SummarySheetXlsx() {}

  static byte[] write(List<ClassSheet> sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = book.createCellStyle();
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setWrapText(true);
      var bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle mark = book.createCellStyle();
      mark.setAlignment(HorizontalAlignment.CENTER);
      for (ClassSheet sheet : sheets) {
        write(book, sheet, header, mark);
      }
      if (sheets.isEmpty()) {
        book.createSheet("Нет классов");
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(XSSFWorkbook book, ClassSheet sheet, CellStyle header, CellStyle mark) {
    XSSFSheet ws = book.createSheet(WorkbookUtil.createSafeSheetName(sheet.className()));
    int width = sheet.columns().size();
    Row subjects = ws.createRow(0);
    Row terms = ws.createRow(1);
    text(subjects, 0, "№", header);
    text(subjects, 1, "Ученик", header);
    text(terms, 0, "№", header);
    text(terms, 1, "Ученик", header);
    for (int s = 0; s < sheet.subjects().size(); s++) {
      int first = FIXED + s * width;
      text(subjects, first, sheet.subjects().get(s), header);
      if (width > 1) {
        ws.addMergedRegion(new CellRangeAddress(0, 0, first, first + width - 1));
      }
      for (int c = 0; c < width; c++) {
        text(terms, first + c, sheet.columns().get(c), header);
      }
    }
    int r = 2;
    for (ClassSheet.Pupil pupil : sheet.pupils()) {
      Row row = ws.createRow(r);
      row.createCell(0).setCellValue(r - 1);
      row.createCell(1).setCellValue(pupil.name());
      for (int s = 0; s < sheet.subjects().size(); s++) {
        List<String> marks = pupil.marks().get(s);
        for (int c = 0; c < width; c++) {
          String value = marks.get(c);
          if (value != null) {
            var cell = row.createCell(FIXED + s * width + c);
            cell.setCellStyle(mark);
            if (value.matches("\\d{1,3}")) {
              cell.setCellValue(Integer.parseInt(value));
            } else {
              cell.setCellValue(value);
            }
          }
        }
      }
      r++;
    }
    int last = Math.max(FIXED, FIXED + sheet.subjects().size() * width) - 1;
    ws.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, last));
    ws.createFreezePane(FIXED, 2);
    ws.setColumnWidth(0, 5 * 256);
    ws.setColumnWidth(1, 30 * 256);
    for (int c = FIXED; c <= last; c++) {
      ws.setColumnWidth(c, 9 * 256);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
