package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the service logs a run's progress, and the time left it prints. */
class ProgressStepsTest {
  @Test
  void aLineAtEveryFivePercentAndAtTheEndNoMore() {
    ProgressSteps steps = new ProgressSteps(5, 300, 0);
    List<Integer> logged = new ArrayList<>();
    for (int done = 1; done <= 300; done++) {
      steps.after(done, Duration.ofSeconds(done)).ifPresent(s -> logged.add(s.percent()));
    }
    assertThat(logged)
        .containsExactly(
            5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100);
  }

  @Test
  void fewUnitsLogEachUnitThatPassesAStepOnce() {
    ProgressSteps steps = new ProgressSteps(5, 3, 0);
    assertThat(steps.after(1, Duration.ofSeconds(1)).map(ProgressSteps.Step::percent)).contains(33);
    assertThat(steps.after(2, Duration.ofSeconds(2)).map(ProgressSteps.Step::percent)).contains(66);
    assertThat(steps.after(3, Duration.ofSeconds(3)).map(ProgressSteps.Step::percent))
        .contains(100);
  }

  @Test
  void theTimeLeftFollowsThePaceSoFar() {
    ProgressSteps steps = new ProgressSteps(10, 200, 0);
    // 20 units in 40 s: 2 s a unit, 180 left.
    ProgressSteps.Step step = steps.after(20, Duration.ofSeconds(40)).orElseThrow();
    assertThat(step.done()).isEqualTo(20);
    assertThat(step.total()).isEqualTo(200);
    assertThat(step.eta()).contains(Duration.ofSeconds(360));
    // The pace doubled: 100 units in 120 s, 100 left.
    assertThat(steps.after(100, Duration.ofSeconds(120)).orElseThrow().eta())
        .contains(Duration.ofSeconds(120));
    assertThat(steps.after(200, Duration.ofSeconds(200)).orElseThrow().eta())
        .contains(Duration.ZERO);
  }

  @Test
  void aResumedRunCountsItsPaceOnlyOverTheUnitsItDidItself() {
    // 150 of 200 were done before the crash; 10 more in 30 s here: 3 s a unit, 40 left.
    ProgressSteps steps = new ProgressSteps(5, 200, 150);
    assertThat(steps.after(151, Duration.ofSeconds(3))).isEmpty(); // 75 % was passed before
    ProgressSteps.Step step = steps.after(160, Duration.ofSeconds(30)).orElseThrow();
    assertThat(step.percent()).isEqualTo(80);
    assertThat(step.eta()).contains(Duration.ofSeconds(120));
  }

  @Test
  void unitsCountedAgainBeforeAnyDoneHereHaveNoTimeLeftYet() {
    ProgressSteps steps = new ProgressSteps(5, 10, 0);
    assertThat(steps.after(0, Duration.ZERO)).isEmpty();
    ProgressSteps empty = new ProgressSteps(5, 0, 0);
    assertThat(empty.after(0, Duration.ofSeconds(1)).map(ProgressSteps.Step::eta))
        .contains(Optional.empty());
  }

  @Test
  void aStepOutsideOneToAHundredPercentIsRefused() {
    assertThatThrownBy(() -> new ProgressSteps(0, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressSteps(101, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void durationsPrintAsMinutesAndSeconds() {
    assertThat(ProgressSteps.clock(Duration.ofSeconds(59))).isEqualTo("0:59");
    assertThat(ProgressSteps.clock(Duration.ofSeconds(754))).isEqualTo("12:34");
  }
}
