package ru.netcity.gateway.ledger;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.ledger.*} keys; see {@code config/application.yaml}.
 *
 * @param anchorFile the anchor file; must lie outside gateway.data-dir
 * @param databaseRole on PostgreSQL, the role the gateway connects as: the V9 migration (run by the
 *     owner through spring.flyway.user) grants it SELECT and INSERT only on ledger_event; empty =
 *     no grants
 * @param wholeCheckEvery the audit's ledger check recomputes the whole chain and replays every
 *     entry's state at least this often; in between it checks the events since the last
 *     verification
 */
@Validated
@ConfigurationProperties("gateway.ledger")
public record LedgerProperties(
    @NotNull Path anchorFile,
    @DefaultValue("") String databaseRole,
    @DefaultValue("P7D") @NotNull Duration wholeCheckEvery) {

  /**
   * The anchor file as an absolute path, refused inside the data dir: whoever removes or restores
   * the database folder must not take the anchors with it.
   */
  public Path anchorFileOutside(Path dataDir) {
    Path anchors = real(anchorFile);
    Path data = real(dataDir);
    if (anchors.startsWith(data)) {
      throw new IllegalStateException(
          "gateway.ledger.anchor-file "
              + anchors
              + " lies inside gateway.data-dir "
              + data
              + ": keep the anchors outside the database folder (and back them up elsewhere)");
    }
    return anchors;
  }

  /** Absolute and normalised, with the links of its existing part resolved. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !existing.toFile().exists()) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (java.io.IOException e) {
      return absolute;
    }
  }
}
