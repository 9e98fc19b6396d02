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
 * @param truthOut where to write the ground truth JSON, if anywhere (as of the clock when set)
 * @param clock the school-local moment the mock starts at; empty = after the end of the year
 * @param aisVersion the version {@code sysInfo} reports; it chooses the report hub's method ({@code
 *     startTaskAsync} from 5.40, {@code startTask} before)
 */
public record MockOptions(
    int port,
    SchoolOptions school,
    FaultSpec faults,
    Optional<Path> truthOut,
    Optional<LocalDateTime> clock,
    String aisVersion) {
  /**
   * The AIS version the mock reports unless told otherwise; ≥ 5.32 puts the hub at {@code
   * webapi/signalr/queueHub}, ≥ 5.40 makes it take {@code startTaskAsync}.
   */
  public static final String DEFAULT_VERSION = "5.44.7850.0";

  public MockOptions(int port, SchoolOptions school, FaultSpec faults, Optional<Path> truthOut) {
    this(port, school, faults, truthOut, Optional.empty(), DEFAULT_VERSION);
  }

  public static MockOptions defaults() {
    return new MockOptions(
        0, new SchoolOptions(1, SchoolOptions.DEFAULT_STUDENTS), FaultSpec.NONE, Optional.empty());
  }

  /** Starts the mock at that school-local moment (Asia/Tomsk). */
  public MockOptions withClock(LocalDateTime schoolLocal) {
    return new MockOptions(
        port, school, faults, truthOut, Optional.ofNullable(schoolLocal), aisVersion);
  }

  public MockOptions withAisVersion(String version) {
    return new MockOptions(port, school, faults, truthOut, clock, version);
  }

  public MockOptions withPort(int newPort) {
    return new MockOptions(newPort, school, faults, truthOut, clock, aisVersion);
  }

  public MockOptions withFaults(FaultSpec newFaults) {
    return new MockOptions(port, school, newFaults, truthOut, clock, aisVersion);
  }

  public MockOptions withSchool(SchoolOptions newSchool) {
    return new MockOptions(port, newSchool, faults, truthOut, clock, aisVersion);
  }
}
