package ru.netcity.gateway.ledger;

import java.util.OptionalLong;

/**
 * The result of recomputing a school's hash chain.
 *
 * @param events how many events were read
 * @param firstBrokenSeq the first seq whose link or hash does not match, if any
 */
public record ChainCheck(boolean intact, long events, OptionalLong firstBrokenSeq) {}
