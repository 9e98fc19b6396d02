package ru.netcity.gateway.ledger;

/** A ledger whose verification failed: nothing may be concluded from it (no audit findings). */
public final class LedgerBrokenException extends RuntimeException {
  private final transient Verification verification;

  public LedgerBrokenException(Verification verification) {
    super(verification.message());
    this.verification = verification;
  }

  public Verification verification() {
    return verification;
  }
}
