package ru.netcity.gateway.netcity.report;

/**
 * A report page that does not have the expected table, column or cell format.
 *
 * <p>The message names the report, the column and the row index only: cell contents are personal
 * data (children's names, marks) and must not reach logs. For the same reason no parser exception
 * is attached as the cause, since those quote the offending text.
 */
public class MalformedReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedReportException(String message) {
    super(message);
  }
}
