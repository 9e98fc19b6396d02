package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ledger is checked, not only chained: ledger_verification keeps every verification's result,
 * and ledger_event refuses UPDATE and DELETE. On H2 a Java trigger refuses them. On PostgreSQL a
 * trigger refuses them for everyone (TRUNCATE too), PUBLIC loses those rights, and when the
 * placeholder {@code gateway_role} names the role the gateway connects as (gateway.ledger.database-
 * role), that role gets SELECT and INSERT only on ledger_event and the usual rights on every other
 * table and sequence, now and later (default privileges of the migrating owner).
 */
public class V9__ledger_append_only extends BaseJavaMigration {
  static final String ROLE_PLACEHOLDER = "gateway_role";
  private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
    try (Statement s = c.createStatement()) {
      // checked_at-style UTC time; broken_seq, problem and detail only when BROKEN.
      s.execute(
          "CREATE TABLE ledger_verification ("
              + " school_id INTEGER NOT NULL,"
              + " verified_at TIMESTAMP NOT NULL,"
              + " verified_seq BIGINT NOT NULL,"
              + " hash VARCHAR(64) NOT NULL,"
              + " result VARCHAR(8) NOT NULL,"
              + " broken_seq BIGINT,"
              + " problem VARCHAR(32),"
              + " detail VARCHAR(400),"
              + " CONSTRAINT ledger_verification_pk PRIMARY KEY (school_id, verified_at),"
              + " CONSTRAINT ledger_verification_result_ck CHECK (result IN ('INTACT', 'BROKEN')))");
      if (h2) {
        s.execute(
            "CREATE TRIGGER ledger_event_append_only BEFORE UPDATE, DELETE ON ledger_event"
                + " FOR EACH ROW CALL \"ru.netcity.gateway.ledger.AppendOnlyTrigger\"");
        return;
      }
      s.execute(
          "CREATE FUNCTION ledger_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
              + " BEGIN RAISE EXCEPTION 'ledger_event is append-only: % refused', TG_OP"
              + " USING ERRCODE = 'insufficient_privilege'; END $$");
      s.execute(
          "CREATE TRIGGER ledger_event_append_only BEFORE UPDATE OR DELETE ON ledger_event"
              + " FOR EACH ROW EXECUTE FUNCTION ledger_event_append_only()");
      s.execute(
          "CREATE TRIGGER ledger_event_no_truncate BEFORE TRUNCATE ON ledger_event"
              + " FOR EACH STATEMENT EXECUTE FUNCTION ledger_event_append_only()");
      s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON ledger_event FROM PUBLIC");
      String role = context.getConfiguration().getPlaceholders().get(ROLE_PLACEHOLDER);
      if (role != null && !role.isBlank()) {
        grant(s, role.strip(), context.getConfiguration().getTable());
      }
    }
  }

  private static void grant(Statement s, String role, String flywayTable) throws SQLException {
    if (!ROLE.matcher(role).matches()) {
      throw new IllegalArgumentException("not a plain PostgreSQL role name: " + role);
    }
    String schema = "current_schema()";
    try (var rs = s.executeQuery("SELECT " + schema)) {
      rs.next();
      schema = '"' + rs.getString(1).replace("\"", "\"\"") + '"';
    }
    s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
    s.execute(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
    s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
    s.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA "
            + schema
            + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
            + role);
    s.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA "
            + schema
            + " GRANT USAGE, SELECT ON SEQUENCES TO "
            + role);
    s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON ledger_event FROM " + role);
    // The migration history is the owner's: the gateway only reads it.
    s.execute(
        "REVOKE INSERT, UPDATE, DELETE ON " + schema + ".\"" + flywayTable + "\" FROM " + role);
  }
}
