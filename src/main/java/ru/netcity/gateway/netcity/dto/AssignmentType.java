package ru.netcity.gateway.netcity.dto;

/** {@code grade/assignment/types}: the installation's work types. */
public record AssignmentType(int id, String abbr, String name) {}
