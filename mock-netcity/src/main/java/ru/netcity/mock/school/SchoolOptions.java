package ru.netcity.mock.school;

/**
 * What the generator needs: the seed makes every run with the same options byte-identical.
 *
 * @param seed random seed
 * @param students approximate number of students (the default school has about 250, at most 2000)
 */
public record SchoolOptions(long seed, int students) {
  public static final int DEFAULT_STUDENTS = 250;
  public static final int MAX_STUDENTS = 2000;

  public SchoolOptions {
    if (students < 20 || students > MAX_STUDENTS) {
      throw new IllegalArgumentException("students must be between 20 and " + MAX_STUDENTS);
    }
  }
}
