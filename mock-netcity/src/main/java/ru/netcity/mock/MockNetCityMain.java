package ru.netcity.mock;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.GroundTruth;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code mock-netcity/run --port P --seed S [--students N] [--truth-out FILE] [--faults SPEC]}:
 * serves the mock until the process is stopped and prints one line when it is ready.
 */
public final class MockNetCityMain {
  static final String USAGE =
      "usage: mock-netcity/run --port P --seed S [--students N] [--truth-out FILE] [--faults SPEC]"
          + " [--ais-version 5.44.7850.0]\n"
          + "       mock-netcity/run --seed S [--students N] --truth-out FILE --truth-only\n"
          + "  faults: latency=50ms,5xx=0.05,expire-session=200,malformed-json=0.01,"
          + "html-error=0.01,signalr-drop=0.1,slow-reports=2s,fail-class=7А,seed=1";

  private static final String TRUTH_ONLY = "--truth-only";

  private MockNetCityMain() {}

  public static void main(String[] args) throws InterruptedException {
    MockOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("mock-netcity: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(1);
      return;
    }
    long started = System.nanoTime();
    if (truthOnly(args)) {
      School school = SchoolGenerator.generate(options.school());
      GroundTruth.write(school, options.truthOut().orElseThrow());
      System.out.printf(
          "mock-netcity wrote the ground truth of %d students, %d lessons, %d marks in %d ms%n",
          school.students().size(),
          school.lessons().size(),
          school.marks().size(),
          (System.nanoTime() - started) / 1_000_000);
      return;
    }
    MockNetCity mock = MockNetCity.start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "mock-netcity-stop"));
    System.out.printf(
        "mock-netcity ready on %s (school %d, %d classes, %d students, %d ms)%n",
        mock.baseUrl(),
        mock.school().id(),
        mock.school().classes().size(),
        mock.school().students().size(),
        (System.nanoTime() - started) / 1_000_000);
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private static boolean truthOnly(String[] args) {
    return java.util.Arrays.asList(args).contains(TRUTH_ONLY);
  }

  static MockOptions parse(String[] args) {
    boolean truthOnly = truthOnly(args);
    Integer port = truthOnly ? 0 : null;
    Long seed = null;
    int students = SchoolOptions.DEFAULT_STUDENTS;
    Optional<Path> truth = Optional.empty();
    FaultSpec faults = FaultSpec.NONE;
    String version = MockOptions.DEFAULT_VERSION;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals(TRUTH_ONLY)) {
        continue;
      }
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException("help");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--port" -> port = number(name, value).intValue();
        case "--seed" -> seed = number(name, value);
        case "--students" -> students = number(name, value).intValue();
        case "--truth-out" -> truth = Optional.of(Path.of(value));
        case "--faults" -> faults = FaultSpec.parse(value);
        case "--ais-version" -> version = version(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (port == null || seed == null) {
      throw new IllegalArgumentException("--port and --seed are required");
    }
    if (truthOnly && truth.isEmpty()) {
      throw new IllegalArgumentException(TRUTH_ONLY + " needs --truth-out FILE");
    }
    return new MockOptions(port, new SchoolOptions(seed, students), faults, truth, version);
  }

  private static String version(String value) {
    if (!value.matches("\\d+\\.\\d+(\\.\\d+)*")) {
      throw new IllegalArgumentException("--ais-version needs a version such as 5.32.74326.117");
    }
    return value;
  }

  private static Long number(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, got '" + value + "'");
    }
  }
}
