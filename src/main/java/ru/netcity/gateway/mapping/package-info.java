/** Turns what one work unit pulled from the AIS into ledger observations, through code tables. */
package ru.netcity.gateway.mapping;
