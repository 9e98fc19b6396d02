package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockNetCityMainTest {
  @Test
  void parsesEveryOption() {
    MockOptions options =
        MockNetCityMain.parse(
            new String[] {
              "--port",
              "8089",
              "--seed",
              "5",
              "--students",
              "400",
              "--truth-out",
              "t.json",
              "--faults",
              "5xx=0.1"
            });

    assertThat(options.port()).isEqualTo(8089);
    assertThat(options.school().seed()).isEqualTo(5);
    assertThat(options.school().students()).isEqualTo(400);
    assertThat(options.truthOut()).contains(Path.of("t.json"));
    assertThat(options.faults().serverErrorRate()).isEqualTo(0.1);
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> MockNetCityMain.parse(new String[] {"--seed", "1"}))
        .hasMessageContaining("--port and --seed are required");
    assertThatThrownBy(() -> MockNetCityMain.parse(new String[] {"--port", "x", "--seed", "1"}))
        .hasMessageContaining("--port needs a number");
    assertThatThrownBy(
            () ->
                MockNetCityMain.parse(
                    new String[] {"--port", "1", "--seed", "1", "--students", "5000"}))
        .hasMessageContaining("between 20 and 2000");
    assertThatThrownBy(() -> MockNetCityMain.parse(new String[] {"--seed", "1", "--truth-only"}))
        .hasMessageContaining("--truth-only needs --truth-out");
  }

  @Test
  void twoRunsWithTheSameSeedWriteByteIdenticalTruthFiles(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");

    MockNetCityMain.main(
        new String[] {"--seed", "11", "--truth-out", first.toString(), "--truth-only"});
    MockNetCityMain.main(
        new String[] {"--seed", "11", "--truth-out", second.toString(), "--truth-only"});

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readString(first)).contains("\"counts\"", "\"violations\"");
  }
}
