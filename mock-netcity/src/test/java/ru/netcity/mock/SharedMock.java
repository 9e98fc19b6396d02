package ru.netcity.mock;

import ru.netcity.mock.faults.FaultSpec;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolGenerator;
import ru.netcity.mock.school.SchoolOptions;

/** One generated default school for all mock tests; each test class starts its own server. */
final class SharedMock {
  static final String STAFF_LOGIN = "zavuch";
  static final String STAFF_PASSWORD = "Завуч2021!";

  private static School school;

  private SharedMock() {}

  static synchronized School school() {
    if (school == null) {
      school = SchoolGenerator.generate(new SchoolOptions(7, SchoolOptions.DEFAULT_STUDENTS));
    }
    return school;
  }

  static MockNetCity start(FaultSpec faults) {
    return MockNetCity.start(school(), MockOptions.defaults().withFaults(faults));
  }
}
