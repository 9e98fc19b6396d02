/**
 * The nightly sync: plans work units, pulls them through the client and records them in the ledger.
 */
package ru.netcity.gateway.sync;
