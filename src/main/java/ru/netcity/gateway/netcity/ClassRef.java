package ru.netcity.gateway.netcity;

/** A class as the report filters list it (PCLID). */
public record ClassRef(int id, String name) {}
