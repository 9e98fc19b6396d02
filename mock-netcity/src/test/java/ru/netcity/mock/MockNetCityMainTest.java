package ru.netcity.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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

  @Test
  void severalSchoolsWriteOneTruthEachTheFirstTheSingleSchoolsBytes(@TempDir Path dir)
      throws Exception {
    MockOptions options =
        MockNetCityMain.parse(new String[] {"--port", "1", "--seed", "1", "--schools", "3"});
    assertThat(options.schools()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                MockNetCityMain.parse(
                    new String[] {"--port", "1", "--seed", "1", "--schools", "0"}))
        .hasMessageContaining("schools must be between 1 and 100");

    Path single = dir.resolve("single.json");
    Path several = dir.resolve("several");
    MockNetCityMain.main(
        new String[] {
          "--seed", "11", "--students", "40", "--truth-out", single.toString(), "--truth-only"
        });
    MockNetCityMain.main(
        new String[] {
          "--seed",
          "11",
          "--students",
          "40",
          "--schools",
          "2",
          "--truth-out",
          several.toString(),
          "--truth-only"
        });

    assertThat(Files.readAllBytes(several.resolve("truth-1011.json")))
        .isEqualTo(Files.readAllBytes(single));
    String second = Files.readString(several.resolve("truth-1012.json"));
    assertThat(second).contains("\"id\": 1012", "\"violations\"");
    assertThat(second).isNotEqualTo(Files.readString(single));
  }

  @Test
  void theClockAndTheChangesSpanAreParsedAndChecked() {
    MockNetCityMain.Command command =
        MockNetCityMain.parseCommand(
            new String[] {
              "--port",
              "1",
              "--seed",
              "1",
              "--clock",
              "2025-10-06T02:30",
              "--changes-out",
              "c.json",
              "--changes-from",
              "2025-10-05T02:30"
            });
    assertThat(command.options().clock()).contains(LocalDateTime.of(2025, 10, 6, 2, 30));
    assertThat(command.changesOut()).contains(Path.of("c.json"));
    assertThat(command.from()).contains(LocalDateTime.of(2025, 10, 5, 2, 30));
    assertThatThrownBy(
            () ->
                MockNetCityMain.parse(
                    new String[] {"--port", "1", "--seed", "1", "--clock", "6.10"}))
        .hasMessageContaining("--clock needs a school-local date-time");
    assertThatThrownBy(
            () ->
                MockNetCityMain.parse(
                    new String[] {
                      "--port",
                      "1",
                      "--seed",
                      "1",
                      "--changes-out",
                      "c.json",
                      "--changes-from",
                      "2025-10-05T02:30"
                    }))
        .hasMessageContaining("--changes-out needs --clock");
    assertThatThrownBy(
            () ->
                MockNetCityMain.parse(
                    new String[] {
                      "--port",
                      "1",
                      "--seed",
                      "1",
                      "--clock",
                      "2025-10-06T02:30",
                      "--changes-out",
                      "c.json"
                    }))
        .hasMessageContaining("go together");
  }

  @Test
  void theTruthAndTheChangesAreWrittenAsOfTheClock(@TempDir Path dir) throws Exception {
    Path truth = dir.resolve("truth.json");
    Path changes = dir.resolve("changes.json");
    MockNetCityMain.main(
        new String[] {
          "--seed",
          "11",
          "--clock",
          "2025-10-07T02:30",
          "--truth-out",
          truth.toString(),
          "--changes-out",
          changes.toString(),
          "--changes-from",
          "2025-10-06T02:30",
          "--truth-only"
        });
    assertThat(Files.readString(truth)).contains("\"at\": \"2025-10-07T02:30\"");
    String json = Files.readString(changes);
    assertThat(json).contains("\"changes\"", "\"kind\": \"MARK\"", "\"change\": \"ADDED\"");
    assertThat(json).contains("\"at\": \"2025-10-06T").doesNotContain("\"at\": \"2025-10-07T03");
  }
}
