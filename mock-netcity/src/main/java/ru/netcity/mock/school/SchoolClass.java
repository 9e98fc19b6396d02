package ru.netcity.mock.school;

import java.util.List;

/** A class such as "7А" with its students in the AIS's order (by surname). */
public record SchoolClass(
    int id, String name, int grade, int classTeacherId, List<Integer> studentIds) {}
