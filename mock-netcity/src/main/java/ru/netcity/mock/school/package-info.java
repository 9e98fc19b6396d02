/**
 * The generated cadet school: its people, plan, timetable, journal entries and seeded violations.
 */
package ru.netcity.mock.school;
