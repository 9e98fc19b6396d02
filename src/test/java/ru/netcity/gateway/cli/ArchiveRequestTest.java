package ru.netcity.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code archive …} options: what each action takes, and clear words for what it does not. */
class ArchiveRequestTest {
  @Test
  void parsesEachAction() {
    ArchiveRequest copy =
        parse("archive", "copy", "--term", "1 четверть", "--to", "/media/usb").archive();
    ArchiveRequest verify = parse("archive", "verify", "--all").archive();

    assertThat(copy.action()).isEqualTo("copy");
    assertThat(copy.term()).isEqualTo("1 четверть");
    assertThat(copy.path("to")).isEqualTo(Path.of("/media/usb"));
    assertThat(verify.all()).isTrue();
    assertThat(parse("archive", "create").archive().term()).isNull();
    assertThat(parse("archive", "list", "--format", "json").archive().json()).isTrue();
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertThatThrownBy(() -> parse("archive")).hasMessageContaining("create, list, verify");
    assertThatThrownBy(() -> parse("archive", "copy", "--term", "2025-10-24"))
        .hasMessageContaining("archive copy needs --to");
    assertThatThrownBy(() -> parse("archive", "verify", "--all", "--at", "/media/usb"))
        .hasMessageContaining("--all or --at PATH, not both");
    assertThatThrownBy(() -> parse("archive", "create", "--term"))
        .hasMessageContaining("--term needs a value");
    assertThatThrownBy(() -> parse("archive", "restore", "--to", "x", "--term", "t", "--all"))
        .hasMessageContaining("unknown option '--all' for archive restore");
    assertThatThrownBy(() -> parse("archive", "list", "--format", "xml"))
        .hasMessageContaining("json or text");
  }

  private static Command parse(String... words) {
    return Command.parse(words).orElseThrow();
  }
}
