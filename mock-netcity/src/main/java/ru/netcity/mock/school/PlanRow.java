package ru.netcity.mock.school;

/**
 * One cell of the study plan.
 *
 * @param weeklyHours lessons per week of this subject in every class of the grade
 * @param split true when the class is split into two groups for this subject
 */
public record PlanRow(int grade, int subjectId, int weeklyHours, boolean split) {}
