package ru.netcity.gateway.netcity;

import java.net.URI;
import java.time.Duration;
import ru.netcity.mock.MockNetCity;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/** A small generated school shared by the client's tests, served by mock-netcity. */
final class MockSchool {
  static final String LOGIN = "zavuch";
  static final String PASSWORD = "Завуч2021!";

  /** Fast enough for tests on loopback; production keeps {@link Budget#polite()}. */
  static final Budget TEST_BUDGET = Budget.polite().withRate(4, 2000);

  private static School school;

  private MockSchool() {}

  static synchronized School school() {
    if (school == null) {
      school = SchoolGenerator.generate(new SchoolOptions(5, 60));
    }
    return school;
  }

  static MockNetCity start(String faults) {
    return MockNetCity.start(school(), MockOptions.defaults().withFaults(FaultSpec.parse(faults)));
  }

  /** A server that reports {@code version} in {@code sysInfo} (and speaks its hub protocol). */
  static MockNetCity startVersion(String version) {
    return MockNetCity.start(school(), MockOptions.defaults().withAisVersion(version));
  }

  static NetCityClient staff(MockNetCity mock, Budget budget) {
    return NetCityClient.open(
        new NetCityConnection(URI.create(mock.baseUrl()), LOGIN, PASSWORD, "" + school().id()),
        budget);
  }

  static Budget withTimeouts(Duration read, Duration report) {
    return TEST_BUDGET.withTimeouts(read, report);
  }
}
