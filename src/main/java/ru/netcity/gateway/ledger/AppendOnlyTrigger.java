package ru.netcity.gateway.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the append-only event log (migration V9): refuses every UPDATE and DELETE of a
 * ledger_event row. Whoever can drop the trigger can still edit; the chain and the anchors show
 * that.
 */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "ledger_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
        "42501");
  }
}
