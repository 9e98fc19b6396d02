package ru.netcity.mock;

import java.nio.file.Path;
import java.util.Optional;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.SchoolOptions;

/**
 * How to run the mock.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param truthOut where to write the ground truth JSON, if anywhere
 */
public record MockOptions(
    int port, SchoolOptions school, FaultSpec faults, Optional<Path> truthOut) {
  public static MockOptions defaults() {
    return new MockOptions(
        0, new SchoolOptions(1, SchoolOptions.DEFAULT_STUDENTS), FaultSpec.NONE, Optional.empty());
  }

  public MockOptions withPort(int newPort) {
    return new MockOptions(newPort, school, faults, truthOut);
  }

  public MockOptions withFaults(FaultSpec newFaults) {
    return new MockOptions(port, school, newFaults, truthOut);
  }

  public MockOptions withSchool(SchoolOptions newSchool) {
    return new MockOptions(port, newSchool, faults, truthOut);
  }
}
