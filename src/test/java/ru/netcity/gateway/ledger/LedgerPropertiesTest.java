package ru.netcity.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The anchor file must not live in the database folder. */
class LedgerPropertiesTest {
  @Test
  void anAnchorFileInsideTheDataDirIsRefused() {
    LedgerProperties inside =
        new LedgerProperties(Path.of("./data/../data/anchors.log"), "", Duration.ofDays(7));
    assertThatThrownBy(() -> inside.anchorFileOutside(Path.of("./data")))
        .hasMessageContaining("lies inside gateway.data-dir")
        .hasMessageContaining("outside the database folder");
  }

  @Test
  void theDefaultBesideTheDataDirIsAbsoluteAndAccepted() {
    LedgerProperties beside =
        new LedgerProperties(Path.of("./anchors/ledger-anchors.log"), "", Duration.ofDays(7));
    Path file = beside.anchorFileOutside(Path.of("./data"));
    assertThat(file).isAbsolute().endsWithRaw(Path.of("anchors", "ledger-anchors.log"));
    // A name that merely starts like the data dir is not inside it.
    new LedgerProperties(Path.of("./data-anchors/a.log"), "", Duration.ofDays(7))
        .anchorFileOutside(Path.of("./data"));
  }
}
