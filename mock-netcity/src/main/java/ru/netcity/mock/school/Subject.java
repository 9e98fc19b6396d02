package ru.netcity.mock.school;

/** A subject of the study plan, named as the AIS names it. */
public record Subject(int id, String name) {}
