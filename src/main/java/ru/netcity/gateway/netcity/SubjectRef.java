package ru.netcity.gateway.netcity;

/** A subject as the {@code SGID} report filter lists it: its id and its name. */
public record SubjectRef(int id, String name) {}
