package ru.netcity.gateway.netcity;

import java.time.LocalDate;

/** A reporting term (TERMID) with the dates the AIS gives for it. */
public record TermRef(int id, String name, LocalDate start, LocalDate end) {}
