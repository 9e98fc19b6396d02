package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotifyRequestTest {
  @Test
  void theNotifyActionsParse() {
    assertThat(Command.parse(new String[] {"notify", "--once"}).orElseThrow().notifications())
        .isEqualTo(new NotifyRequest("once", null, java.util.Map.of()));
    NotifyRequest status =
        Command.parse(new String[] {"notify", "status", "--format", "json"})
            .orElseThrow()
            .notifications();
    assertThat(status.json()).isTrue();
    assertThat(
            Command.parse(new String[] {"notify", "resend", "12"})
                .orElseThrow()
                .notifications()
                .id())
        .isEqualTo(12L);
    NotifyRequest message =
        Command.parse(
                new String[] {"notify", "message", "--student", "77", "--text", "Т", "--by", "И"})
            .orElseThrow()
            .notifications();
    assertThat(message.student()).isEqualTo(77);
    assertThat(Command.parse(new String[] {"notify", "held"}).orElseThrow().notifications())
        .isEqualTo(new NotifyRequest("held", null, java.util.Map.of()));
    assertThat(
            Command.parse(new String[] {"notify", "release", "run-7"})
                .orElseThrow()
                .notifications()
                .options())
        .containsEntry("run", "run-7");
  }

  @Test
  void badNotifyWordsAreRefused() {
    assertThatThrownBy(() -> Command.parse(new String[] {"notify"}))
        .hasMessageContaining("notify needs one of");
    assertThatThrownBy(() -> Command.parse(new String[] {"notify", "resend", "x"}))
        .hasMessageContaining("dead letter's id");
    assertThatThrownBy(() -> Command.parse(new String[] {"notify", "message", "--student", "1"}))
        .hasMessageContaining("--text");
    assertThatThrownBy(() -> Command.parse(new String[] {"notify", "release"}))
        .hasMessageContaining("held run's id");
    assertThatThrownBy(() -> Command.parse(new String[] {"notify", "status", "--format", "xml"}))
        .hasMessageContaining("json or text");
  }
}
