package ru.netcity.mock.school;

import java.time.LocalTime;

/** One row of the bell schedule: lesson number with its start and end. */
public record Bell(int number, LocalTime start, LocalTime end) {}
