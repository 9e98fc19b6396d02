package ru.netcity.gateway.ledger;

/**
 * A sync of a school from another AIS than the one the ledger holds it from: refused, so (for
 * example) the embedded mock never writes a generated school into a ledger of a real AIS.
 */
public final class OriginMismatchException extends IllegalStateException {
  public OriginMismatchException(int schoolId, String recorded, String attempted) {
    super(
        "school "
            + schoolId
            + " was first synced from "
            + recorded
            + " but this sync reads it from "
            + attempted
            + ": refused, so no data of another AIS enters this ledger (point netcity.base-url at "
            + recorded
            + ", or give the other AIS its own data folder or database)");
  }
}
