package ru.netcity.gateway.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Reads that must see one state of the database: one read-only transaction at REPEATABLE READ on
 * PostgreSQL (a snapshot taken at its first read) or SNAPSHOT on H2, so a sync committing meanwhile
 * shows in none of the reads or, after the next one starts, in all of them.
 */
public final class ConsistentRead {
  /** H2's own JDBC level for snapshot isolation (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
  private static final int H2_SNAPSHOT = 6;

  private final DataSource dataSource;

  public ConsistentRead(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code reads} on a data source whose every connection is the snapshot's one. */
  public <T> T run(Function<DataSource, T> reads) {
    try (Connection c = dataSource.getConnection()) {
      int isolation = c.getTransactionIsolation();
      boolean autoCommit = c.getAutoCommit();
      c.setTransactionIsolation(
          "H2".equals(c.getMetaData().getDatabaseProductName())
              ? H2_SNAPSHOT
              : Connection.TRANSACTION_REPEATABLE_READ);
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        return reads.apply(new SingleConnectionDataSource(c, true));
      } finally {
        c.rollback(); // nothing to keep: the transaction only read
        c.setReadOnly(false);
        c.setAutoCommit(autoCommit);
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("cannot hold a consistent read", e);
    }
  }
}
