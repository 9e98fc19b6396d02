package ru.netcity.gateway.support;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import ru.netcity.gateway.audit.AuditJob;
import ru.netcity.gateway.audit.CorrectionRegister;
import ru.netcity.gateway.audit.LedgerGate;
import ru.netcity.gateway.audit.ruleset.RuleSetLoader;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.mock.school.School;

/**
 * The audit as the service runs it, without Spring: the packaged rule sets ({@code config/rules}),
 * the mock school's time zone, no correction register, and the ledger's own check first.
 */
public final class PackagedAudit {
  private PackagedAudit() {}

  public static AuditJob job(DataSource db, Clock clock) {
    return new AuditJob(
        db,
        () -> RuleSetLoader.load(Path.of("config/rules")),
        School.ZONE,
        clock,
        CorrectionRegister.NONE,
        LedgerGate.of(new LedgerVerifier(db, Anchors.NONE, clock)));
  }
}
