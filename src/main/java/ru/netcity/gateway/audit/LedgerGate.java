package ru.netcity.gateway.audit;

import javax.sql.DataSource;
import ru.netcity.gateway.ledger.LedgerVerifier;
import ru.netcity.gateway.ledger.Verification;

/**
 * What the audit asks of the ledger before it reads it: a verification inside the audit's own
 * consistent read (so the audited ledger is the verified one), kept once the read is over.
 */
public interface LedgerGate {
  /** Verifies the ledger as {@code snapshot} shows it; only reads. */
  Verification verify(DataSource snapshot, int schoolId);

  /** Keeps the verification (health, log, anchor). */
  void record(Verification verification);

  /**
   * The real check: chain, state replay, head and anchors; whole at least every
   * gateway.ledger.whole-check-every, in between of what is new ({@link LedgerVerifier#verifyNew}).
   */
  static LedgerGate of(LedgerVerifier verifier) {
    return new LedgerGate() {
      @Override
      public Verification verify(DataSource snapshot, int schoolId) {
        return verifier.verifyNew(snapshot, schoolId);
      }

      @Override
      public void record(Verification verification) {
        verifier.record(verification);
      }
    };
  }
}
