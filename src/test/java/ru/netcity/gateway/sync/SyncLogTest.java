package ru.netcity.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.ledger.RunSummary;

/** The lines the service logs about a run: start, every 5 %, end with where to look. */
class SyncLogTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(SyncLog.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private Level before;

  /** At INFO whatever an earlier test of the JVM set (the command line's logging is quieter). */
  @BeforeEach
  void listen() {
    before = logger.getLevel();
    logger.setLevel(Level.INFO);
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(lines);
    logger.setLevel(before);
  }

  @Test
  void aRunLogsItsStartItsStepsAndAnIncompleteEndNamingTheClassesAndTheDashboard() {
    SyncLog log = new SyncLog(SyncMode.FULL);
    log.planned(40, 0, 10);
    for (int done = 1; done <= 40; done++) {
      log.unitDone(done, 40, Duration.ofSeconds(done * 3L));
    }
    log.ended(
        outcome(false, 40, 36, List.of("7А", "9Б")),
        Duration.ofSeconds(125),
        Optional.of("http://localhost:8080/"));

    List<String> text = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(text).hasSize(1 + 20 + 1);
    assertThat(text.get(0)).isEqualTo("FULL sync started: 40 units planned over 10 classes");
    assertThat(text.get(1)).isEqualTo("FULL sync 5%: 2 of 40 units, 0:06 elapsed, ETA 1:54");
    assertThat(text.get(20)).isEqualTo("FULL sync 100%: 40 of 40 units, 2:00 elapsed, ETA 0:00");
    assertThat(text.get(21))
        .startsWith("FULL sync INCOMPLETE: 36 of 40 units in 2:05, classes incomplete: 7А, 9Б")
        .endsWith("; the dashboard: http://localhost:8080/");
    assertThat(lines.list.get(21).getLevel().toString()).isEqualTo("WARN");
  }

  @Test
  void aCompleteRunWithoutAWebServerNamesNoAddress() {
    SyncLog log = new SyncLog(SyncMode.NIGHTLY);
    log.planned(10, 4, 10);
    log.ended(outcome(true, 10, 10, List.of()), Duration.ofSeconds(9), Optional.empty());

    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "NIGHTLY sync started: 10 units planned over 10 classes (4 done by the interrupted run"
                + " it resumes)",
            "NIGHTLY sync complete: 10 of 10 units in 0:09");
  }

  private static SyncOutcome outcome(boolean complete, int total, int done, List<String> classes) {
    LocalDateTime now = LocalDateTime.of(2026, 11, 30, 9, 0);
    return new SyncOutcome(
        new RunSummary("run", 1001, now, now, complete, total, done),
        total - done,
        0,
        100,
        1000,
        classes);
  }
}
