/** The append-only, hash-chained record of every observed journal state, and its current view. */
package ru.netcity.gateway.ledger;
