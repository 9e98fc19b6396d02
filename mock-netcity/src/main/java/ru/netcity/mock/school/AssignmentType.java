package ru.netcity.mock.school;

/** A row of {@code grade/assignment/types}: the work types marks are given for. */
public record AssignmentType(int id, String abbr, String name, int order) {}
