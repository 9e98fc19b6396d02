package ru.netcity.mock;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolHost;
import ru.netcity.mock.school.SchoolOptions;

/**
 * {@code mock-netcity/run --port P --seed S [--students N] [--schools N] [--clock T] [--truth-out
 * FILE] [--changes-out FILE --changes-from T0] [--faults SPEC]}: serves the mock until the process
 * is stopped and prints one line when it is ready (and one with the heap it uses).
 */
public final class MockNetCityMain {
  static final String USAGE =
      "usage: mock-netcity/run --port P --seed S [--students N] [--schools N]\n"
          + "         [--clock 2025-10-06T02:30] [--truth-out FILE|DIR]\n"
          + "         [--changes-out FILE|DIR --changes-from T0] [--faults SPEC]\n"
          + "         [--ais-version 5.44.7850.0]\n"
          + "       mock-netcity/run --seed S [--students N] [--schools N] [--clock T]\n"
          + "         --truth-out FILE|DIR --truth-only\n"
          + "  --schools: schools served (each of --students), generated on first use\n"
          + "  --clock: school-local time (Asia/Tomsk) the mock stands at; without it, after the"
          + " year\n"
          + "  --truth-out: the ground truth as of the clock; --changes-out: what changed in the"
          + " AIS\n"
          + "    after --changes-from up to the clock; with several schools both name a directory\n"
          + "    that gets truth-<schoolId>.json and changes-<schoolId>.json\n"
          + "  --ais-version: the version sysInfo reports; it chooses the report hub's method\n"
          + "  faults: latency=50ms,5xx=0.05,expire-session=200,malformed-json=0.01,"
          + "html-error=0.01,signalr-drop=0.1,slow-reports=2s,fail-class=7А,seed=1";

  private static final String TRUTH_ONLY = "--truth-only";

  /** The options plus the changes file, which only the command line writes. */
  record Command(MockOptions options, Optional<Path> changesOut, Optional<LocalDateTime> from) {}

  private MockNetCityMain() {}

  public static void main(String[] args) throws InterruptedException {
    Command command;
    try {
      command = parseCommand(args);
    } catch (IllegalArgumentException e) {
      System.err.println("mock-netcity: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(1);
      return;
    }
    MockOptions options = command.options();
    long started = System.nanoTime();
    if (truthOnly(args)) {
      SchoolHost host = new SchoolHost(options.school(), options.schools(), null);
      TruthFiles.writeTruth(host, options.clock(), options.truthOut().orElseThrow());
      writeChanges(command, host);
      System.out.printf(
          "mock-netcity wrote the ground truth of %d school(s), %d students, %d lessons, %d marks"
              + " in %d ms%n",
          host.size(),
          host.all().stream().mapToInt(s -> s.students().size()).sum(),
          host.all().stream().mapToInt(s -> s.lessons().size()).sum(),
          host.all().stream().mapToInt(s -> s.marks().size()).sum(),
          (System.nanoTime() - started) / 1_000_000);
      return;
    }
    MockNetCity mock = MockNetCity.start(options);
    writeChanges(command, mock.schools());
    Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "mock-netcity-stop"));
    System.out.printf(
        "mock-netcity ready on %s (%s, %d ms%s)%n",
        mock.baseUrl(),
        describe(mock.schools()),
        (System.nanoTime() - started) / 1_000_000,
        options.clock().map(at -> ", clock " + at).orElse(""));
    System.out.flush();
    System.gc();
    System.out.printf(
        "mock-netcity heap used %d MB after GC%n",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private static void writeChanges(Command command, SchoolHost host) {
    command
        .changesOut()
        .ifPresent(
            path ->
                TruthFiles.writeChanges(
                    host,
                    command.from().orElseThrow(),
                    command.options().clock().orElseThrow(),
                    path));
  }

  /** One school as before; several by their ids and how many are generated yet. */
  private static String describe(SchoolHost host) {
    if (host.size() == 1) {
      School school = host.first();
      return "school %d, %d classes, %d students"
          .formatted(school.id(), school.classes().size(), school.students().size());
    }
    List<SchoolHost.Listing> all = host.listings();
    return "%d schools %d–%d, %d generated, the others on first use"
        .formatted(all.size(), all.get(0).id(), all.get(all.size() - 1).id(), host.generated());
  }

  private static boolean truthOnly(String[] args) {
    return java.util.Arrays.asList(args).contains(TRUTH_ONLY);
  }

  static MockOptions parse(String[] args) {
    return parseCommand(args).options();
  }

  static Command parseCommand(String[] args) {
    boolean truthOnly = truthOnly(args);
    Integer port = truthOnly ? 0 : null;
    Long seed = null;
    int students = SchoolOptions.DEFAULT_STUDENTS;
    int schools = 1;
    Optional<Path> truth = Optional.empty();
    FaultSpec faults = FaultSpec.NONE;
    Optional<LocalDateTime> clock = Optional.empty();
    Optional<Path> changes = Optional.empty();
    Optional<LocalDateTime> changesFrom = Optional.empty();
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
        case "--schools" -> schools = number(name, value).intValue();
        case "--truth-out" -> truth = Optional.of(Path.of(value));
        case "--faults" -> faults = FaultSpec.parse(value);
        case "--clock" -> clock = Optional.of(moment(name, value));
        case "--changes-out" -> changes = Optional.of(Path.of(value));
        case "--changes-from" -> changesFrom = Optional.of(moment(name, value));
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
    if (changes.isPresent() != changesFrom.isPresent()) {
      throw new IllegalArgumentException("--changes-out and --changes-from go together");
    }
    if (changes.isPresent() && clock.isEmpty()) {
      throw new IllegalArgumentException("--changes-out needs --clock (the end of the span)");
    }
    if (changesFrom.isPresent() && changesFrom.get().isAfter(clock.get())) {
      throw new IllegalArgumentException("--changes-from must not be after --clock");
    }
    MockOptions options =
        new MockOptions(
            port, new SchoolOptions(seed, students), faults, truth, clock, version, schools);
    return new Command(options, changes, changesFrom);
  }

  private static LocalDateTime moment(String name, String value) {
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " needs a school-local date-time like 2025-10-06T02:30, got '" + value + "'");
    }
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
