package ru.netcity.gateway.ledger;

/** What a ledger event says happened to an entry. */
public enum ChangeType {
  /** An entry the gateway had not seen (or had seen deleted) appeared. */
  ADDED,
  /** A known entry now has a different state. */
  CHANGED,
  /** The entry was missing from two complete pulls and a confirming re-fetch. */
  DELETED,
  /** Seen during a school's first run: recorded, but silent (no findings, no messages). */
  BASELINE
}
