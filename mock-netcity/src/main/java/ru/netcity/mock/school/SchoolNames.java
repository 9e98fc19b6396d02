package ru.netcity.mock.school;

import java.util.SplittableRandom;

/**
 * The names of a host's schools, known without generating them (so {@code schools/search} lists a
 * host's schools at once): the default school is the cadet corps; school k ≥ 1 is a municipal
 * school, gymnasium or lyceum whose number follows its place on the host and whose kind the seed
 * picks.
 */
public final class SchoolNames {
  private static final String[][] KINDS = {
    {
      "Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная школа",
      "МАОУ СОШ"
    },
    {"Муниципальное автономное общеобразовательное учреждение гимназия", "МАОУ гимназия"},
    {"Муниципальное автономное общеобразовательное учреждение лицей", "МАОУ лицей"},
    {
      "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа",
      "МБОУ СОШ"
    },
  };

  private SchoolNames() {}

  public static String fullName(SchoolOptions options) {
    if (options.index() == 0) {
      return "ОГБОУ КШИ «Томский кадетский корпус»";
    }
    return kind(options)[0] + " № " + number(options) + " г. Томска";
  }

  public static String shortName(SchoolOptions options) {
    if (options.index() == 0) {
      return "ОГБОУ КШИ ТКК";
    }
    return kind(options)[1] + " № " + number(options);
  }

  private static String[] kind(SchoolOptions options) {
    return KINDS[new SplittableRandom(options.generationSeed()).nextInt(KINDS.length)];
  }

  /** Distinct on a host: the school's place, counted from 2. */
  private static int number(SchoolOptions options) {
    return options.index() + 1;
  }
}
