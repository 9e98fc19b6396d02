package ru.netcity.mock.school;

/**
 * The id ranges of one school of a mock host: ids are unique across the host, as in one AIS
 * installation. The default school (index 0) keeps the ranges it always had; school k ≥ 1 moves
 * people and years up by k million, lessons and assignments by k million within their ranges, and
 * takes marks from one billion on in blocks of ten million (deleted marks from +9 million). All
 * stay below 2^31 for {@link SchoolOptions#MAX_SCHOOLS} schools of {@link
 * SchoolOptions#MAX_STUDENTS} students.
 */
record IdSpace(
    int firstClassId,
    int firstStudentId,
    int firstTeacherId,
    int staffUserId,
    int yearId,
    long lessonBase,
    long assignmentBase,
    long markBase,
    long deletedMarkBase) {
  static final long LESSON_BASE = 208_000_000L;
  static final long ASSIGNMENT_BASE = 410_000_000L;
  static final long MARK_BASE = 520_000_000L;

  static IdSpace of(int index) {
    int people = index * 1_000_000;
    long marks = index == 0 ? MARK_BASE : 1_000_000_000L + index * 10_000_000L;
    return new IdSpace(
        201 + people,
        10_001 + people,
        3_001 + people,
        5_001 + people,
        SchoolCalendar.YEAR_ID + people,
        LESSON_BASE + index * 1_000_000L,
        ASSIGNMENT_BASE + index * 1_000_000L,
        marks,
        index == 0 ? MARK_BASE + 90_000_000L : marks + 9_000_000L);
  }
}
