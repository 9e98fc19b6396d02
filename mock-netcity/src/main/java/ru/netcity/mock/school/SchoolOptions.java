package ru.netcity.mock.school;

import java.util.SplittableRandom;

/**
 * What the generator needs: the seed makes every run with the same options byte-identical.
 *
 * @param seed random seed of the host (every school of a mock host shares it)
 * @param students approximate number of students (the default school has about 250, at most 2000)
 * @param index the school's place on a mock host serving several (0 = the default school, which is
 *     generated exactly as when the mock served one school; at most {@link #MAX_SCHOOLS} - 1)
 */
public record SchoolOptions(long seed, int students, int index) {
  public static final int DEFAULT_STUDENTS = 250;
  public static final int MAX_STUDENTS = 2000;

  /**
   * How many schools one mock host serves at most (each has its own id ranges, {@link IdSpace}).
   */
  public static final int MAX_SCHOOLS = 100;

  public SchoolOptions {
    if (students < 20 || students > MAX_STUDENTS) {
      throw new IllegalArgumentException("students must be between 20 and " + MAX_STUDENTS);
    }
    if (index < 0 || index >= MAX_SCHOOLS) {
      throw new IllegalArgumentException("schools must be between 1 and " + MAX_SCHOOLS);
    }
  }

  /** The default (first) school of a host. */
  public SchoolOptions(long seed, int students) {
    this(seed, students, 0);
  }

  /** The same host's school at {@code newIndex}. */
  public SchoolOptions atIndex(int newIndex) {
    return new SchoolOptions(seed, students, newIndex);
  }

  /** The school id ({@code scid}): the default school's is 1000 + seed mod 9000, the next +1. */
  public int schoolId() {
    return 1000 + (int) Math.floorMod(seed, 9000L) + index;
  }

  /**
   * The seed the school is generated from: the host seed for the default school, else a mix of the
   * host seed and the school id, so each school is different and reproducible on its own.
   */
  public long generationSeed() {
    return index == 0 ? seed : new SplittableRandom(seed * 1_000_003L + schoolId()).nextLong();
  }
}
