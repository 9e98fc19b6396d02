package ru.netcity.gateway.archive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code gateway.archive.*} keys; see {@code config/application.yaml} for each one's meaning.
 *
 * @param locations the two storage locations, each written from the source (5.5: two carriers)
 * @param afterTermEnd how long after a term's last day its snapshot is made (final marks are due
 *     one day after, 4.3)
 * @param fixityCycle every copy is checked once within this period
 * @param fixityCron when the daily share of the check runs (the schedule's route reads it)
 * @param studentNamesFromAis put the pupils' names, read from the AIS, into the snapshot
 */
@Validated
@ConfigurationProperties("gateway.archive")
public record ArchiveProperties(
    @NotNull @Size(min = 2, max = 2) List<Path> locations,
    @DefaultValue("P2D") @NotNull Period afterTermEnd,
    @DefaultValue("P30D") @NotNull Period fixityCycle,
    @DefaultValue("0 0 4 * * ?") @NotBlank String fixityCron,
    @DefaultValue("true") boolean studentNamesFromAis,
    @Valid @NotNull Retention retention,
    @Valid @NotNull Signing signing) {

  /**
   * How long snapshots are kept; the regulation states no period (2.5: «на протяжении всего
   * необходимого срока»), so both are the school's choice. Nothing is ever deleted automatically.
   *
   * @param term a term's snapshot
   * @param year a snapshot holding the year-end summary sheets (5.2)
   */
  public record Retention(@NotNull Period term, @NotNull Period year) {}

  /**
   * The school's signing key.
   *
   * @param keystore PKCS#12 file with the key and certificate; empty = a self-signed key the
   *     gateway creates under the data dir
   * @param password the keystore's password, only from the environment
   * @param passwordFile file holding the password, when the environment has none
   * @param alias the key's alias; empty = the keystore's only key
   * @param trustedCertificates PEM files of earlier signing certificates whose snapshots still
   *     verify (the current certificate always does)
   * @param tsaUrl RFC 3161 time-stamping authority; empty = no timestamp
   */
  public record Signing(
      Path keystore,
      String password,
      Path passwordFile,
      String alias,
      @DefaultValue List<Path> trustedCertificates,
      String tsaUrl) {
    @Override
    public String toString() {
      return "Signing[keystore="
          + keystore
          + ", password="
          + (password == null || password.isEmpty() ? "unset" : "***")
          + ", passwordFile="
          + passwordFile
          + ", alias="
          + alias
          + ", trustedCertificates="
          + trustedCertificates
          + ", tsaUrl="
          + tsaUrl
          + "]";
    }
  }
}
