package ru.netcity.gateway.report;

/** How the pages write a table's cell: as the CSV does (percentages, ДД.ММ.ГГГГ, decimal comma). */
public final class Cells {
  public String text(Object value, ReportTable.Kind kind) {
    return CsvWriter.cell(value, kind);
  }

  /** A share as «87,5%», or «—» without checked units. */
  public String share(Double share) {
    return share == null ? "—" : CsvWriter.cell(share, ReportTable.Kind.SHARE);
  }
}
