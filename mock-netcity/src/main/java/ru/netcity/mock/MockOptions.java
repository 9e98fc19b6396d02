package ru.netcity.mock;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.SchoolOptions;

/**
 * How to run the mock.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param truthOut where to write the ground truth JSON, if anywhere (as of the clock when set): the
 *     file of the one school, or with several schools a directory that gets {@code
 *     truth-<schoolId>.json} per school
 * @param clock the school-local moment the mock starts at; empty = after the end of the year
 * @param aisVersion the version {@code sysInfo} reports; it chooses the report hub's method ({@code
 *     startTaskAsync} from 5.40, {@code startTask} before)
 * @param schools how many schools the host serves (1 = the default school alone); each is generated
 *     from the seed and its id on first use, with {@code school().students()} students
 */
public record MockOptions(
    int port,
    SchoolOptions school,
    FaultSpec faults,
    Optional<Path> truthOut,
    Optional<LocalDateTime> clock,
    String aisVersion,
    int schools) {
  /**
   * The AIS version the mock reports unless told otherwise; ≥ 5.32 puts the hub at {@code
   * webapi/signalr/queueHub}, ≥ 5.40 makes it take {@code startTaskAsync}.
   */
  public static final String DEFAULT_VERSION = "5.44.7850.0";

  public MockOptions {
    if (schools < 1 || schools > SchoolOptions.MAX_SCHOOLS) {
      throw new IllegalArgumentException(
          "schools must be between 1 and " + SchoolOptions.MAX_SCHOOLS);
    }
  }

  public MockOptions(int port, SchoolOptions school, FaultSpec faults, Optional<Path> truthOut) {
    this(port, school, faults, truthOut, Optional.empty(), DEFAULT_VERSION, 1);
  }

  public static MockOptions defaults() {
    return new MockOptions(
        0, new SchoolOptions(1, SchoolOptions.DEFAULT_STUDENTS), FaultSpec.NONE, Optional.empty());
  }

  /** Starts the mock at that school-local moment (Asia/Tomsk). */
  public MockOptions withClock(LocalDateTime schoolLocal) {
    return new MockOptions(
        port, school, faults, truthOut, Optional.ofNullable(schoolLocal), aisVersion, schools);
  }

  public MockOptions withAisVersion(String version) {
    return new MockOptions(port, school, faults, truthOut, clock, version, schools);
  }

  public MockOptions withPort(int newPort) {
    return new MockOptions(newPort, school, faults, truthOut, clock, aisVersion, schools);
  }

  public MockOptions withFaults(FaultSpec newFaults) {
    return new MockOptions(port, school, newFaults, truthOut, clock, aisVersion, schools);
  }

  public MockOptions withSchool(SchoolOptions newSchool) {
    return new MockOptions(port, newSchool, faults, truthOut, clock, aisVersion, schools);
  }

  /** Serves that many schools in one process ({@code --schools N}). */
  public MockOptions withSchools(int count) {
    return new MockOptions(port, school, faults, truthOut, clock, aisVersion, count);
  }

  /** Writes the truth there (a directory when the host serves several schools). */
  public MockOptions withTruthOut(Path path) {
    return new MockOptions(port, school, faults, Optional.of(path), clock, aisVersion, schools);
  }
}
