package ru.netcity.gateway.ledger;

/**
 * What recording one work unit did.
 *
 * @param status {@code DONE} or {@code INCOMPLETE}
 * @param missing live entries of the scope absent from this pull (counted, not yet deleted)
 * @param reason why the unit is incomplete, or null
 */
public record UnitResult(
    String unitKey,
    String status,
    int added,
    int changed,
    int baseline,
    int missing,
    String reason) {

  public static final String DONE = "DONE";
  public static final String INCOMPLETE = "INCOMPLETE";

  static UnitResult incomplete(String unitKey, String reason) {
    return new UnitResult(unitKey, INCOMPLETE, 0, 0, 0, 0, reason);
  }

  public boolean done() {
    return DONE.equals(status);
  }

  /** Events this unit appended to the chain. */
  public int eventCount() {
    return added + changed + baseline;
  }
}
