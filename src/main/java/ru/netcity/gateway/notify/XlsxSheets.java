package ru.netcity.gateway.notify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The parents' file as an Excel workbook: its first sheet, the header in the first row. */
final class XlsxSheets {
  private XlsxSheets() {}

  static boolean isXlsx(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  static ParentSheet read(byte[] bytes) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter text = new DataFormatter();
      List<String> header = List.of();
      List<ParentSheet.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
          cells.add(cell(row.getCell(i), text));
        }
        if (row.getRowNum() == 0) {
          header = cells;
        } else {
          rows.add(new ParentSheet.Row(row.getRowNum() + 1, cells));
        }
      }
      return new ParentSheet(header, rows);
    } catch (IOException | RuntimeException e) {
      throw new ParentImportException(List.of("файл XLSX не читается: " + e.getClass().getName()));
    }
  }

  private static String cell(Cell cell, DataFormatter text) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return RowChecks.day(cell.getLocalDateTimeCellValue().toLocalDate());
    }
    return text.formatCellValue(cell).strip();
  }

  /** A workbook of text cells (so that Excel keeps ids and phone numbers as typed). */
  static byte[] write(List<List<String>> records) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Родители");
      var textStyle = book.createCellStyle();
      textStyle.setDataFormat(book.createDataFormat().getFormat("@"));
      for (int r = 0; r < records.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < records.get(r).size(); c++) {
          Cell cell = row.createCell(c, CellType.STRING);
          cell.setCellStyle(textStyle);
          cell.setCellValue(records.get(r).get(c));
        }
      }
      for (int c = 0; c < ParentSheet.COLUMNS.size(); c++) {
        sheet.setColumnWidth(c, 20 * 256);
        sheet.setDefaultColumnStyle(c, textStyle);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
