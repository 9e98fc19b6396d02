package ru.netcity.gateway.netcity.dto;

import java.time.LocalDate;

/** {@code years/current}. */
public record SchoolYear(int id, String name, LocalDate startDate, LocalDate endDate) {}
