package ru.netcity.gateway.ledger;

/**
 * Told of a unit's ledger changes inside the transaction that writes them, so that what it stores
 * (the parents' notification outbox) commits or rolls back with the changes. An incomplete unit
 * tells it nothing. It must use the ledger's data source and must not commit on its own.
 */
@FunctionalInterface
public interface ChangeListener {
  /** Listens to nothing (the ledger alone, tests). */
  ChangeListener NONE = unit -> {};

  void recorded(RecordedUnit unit);
}
