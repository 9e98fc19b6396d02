package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ru.netcity.gateway.sync.SyncMode;

class CommandTest {
  @Test
  void parsesTheCommandsAndLeavesSpringOptionsAlone() {
    assertThat(Command.parse(new String[] {})).isEmpty();
    assertThat(Command.parse(new String[] {"--server.port=9"})).isEmpty();
    assertThat(Command.parse(new String[] {"sync", "--once"}))
        .contains(new Command("sync", SyncMode.FULL, false));
    assertThat(
            Command.parse(new String[] {"sync", "--once", "--nightly", "--gateway.data-dir=./x"}))
        .contains(new Command("sync", SyncMode.NIGHTLY, false));
    assertThat(Command.parse(new String[] {"status", "--format", "json"}))
        .contains(new Command("status", null, true));
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> Command.parse(new String[] {"sink"}))
        .hasMessageContaining("unknown command 'sink'");
    assertThatThrownBy(() -> Command.parse(new String[] {"sync"})).hasMessageContaining("--once");
    assertThatThrownBy(() -> Command.parse(new String[] {"status", "--format", "xml"}))
        .hasMessageContaining("json or text");
  }
}
