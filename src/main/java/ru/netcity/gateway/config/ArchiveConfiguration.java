package ru.netcity.gateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.netcity.gateway.archive.ArchiveFactory;
import ru.netcity.gateway.archive.ArchiveHealth;
import ru.netcity.gateway.archive.ArchiveProperties;
import ru.netcity.gateway.archive.ArchiveService;
import ru.netcity.gateway.archive.sign.CmsSigner;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.archive.sign.TimestampAuthority;
import ru.netcity.gateway.audit.AuditService;
import ru.netcity.gateway.audit.StudentNames;
import ru.netcity.gateway.ledger.Anchors;
import ru.netcity.gateway.sync.SyncProperties;

/**
 * The archive: its two locations, the school's signing key (or a self-signed one the gateway makes
 * once under the data dir, with a warning), the optional time-stamping authority. Lazy: only a
 * snapshot or a check needs the key.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveConfiguration.class);

  @Bean
  @Lazy
  SigningKey archiveSigningKey(ArchiveProperties archive, GatewayProperties gateway) {
    ArchiveProperties.Signing signing = archive.signing();
    if (signing.keystore() != null) {
      return SigningKey.load(signing.keystore(), secret(signing), blankToNull(signing.alias()));
    }
    Path keystore = gateway.dataDir().resolve("archive-signing.p12").toAbsolutePath();
    Path passwordFile = keystore.resolveSibling("archive-signing.p12.password");
    LOG.warn(
        "archive: no school key configured (gateway.archive.signing.keystore); snapshots are"
            + " signed with the gateway's own self-signed key {}",
        keystore);
    if (Files.exists(keystore)) {
      return SigningKey.load(
          keystore,
          Secrets.read(passwordFile, "the self-signed key's password").toCharArray(),
          null);
    }
    char[] password = newPassword(passwordFile);
    return SigningKey.createSelfSigned(keystore, password, "NetCity gateway archive (self-signed)");
  }

  @Bean
  @Lazy
  ArchiveService archiveService(
      DataSource dataSource,
      ArchiveProperties archive,
      SigningKey key,
      ObjectProvider<TimestampAuthority> tsa,
      AuditService audits,
      StudentNames names,
      SyncProperties sync,
      Clock clock,
      Anchors anchors) {
    boolean stamped = archive.signing().tsaUrl() != null && !archive.signing().tsaUrl().isBlank();
    CmsSigner signer = new CmsSigner(key, stamped ? tsa.getObject() : null);
    return ArchiveFactory.create(
        dataSource,
        archive,
        key,
        signer,
        trusted(archive.signing().trustedCertificates()),
        audits,
        names,
        sync.timeZone(),
        clock,
        version(),
        anchors);
  }

  @Bean
  ArchiveHealth archiveHealthIndicator(DataSource dataSource, Clock clock) {
    return new ArchiveHealth(dataSource, clock);
  }

  /** The gateway's version from the build (META-INF/build-info.properties). */
  static String version() {
    try (InputStream in =
        ArchiveConfiguration.class.getResourceAsStream("/META-INF/build-info.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties build = new Properties();
      build.load(in);
      return build.getProperty("build.version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static List<X509Certificate> trusted(List<Path> pemFiles) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Path pem : pemFiles == null ? List.<Path>of() : pemFiles) {
      try (InputStream in = Files.newInputStream(pem)) {
        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          certificates.add((X509Certificate) c);
        }
      } catch (IOException | CertificateException e) {
        throw new IllegalStateException(
            "cannot read gateway.archive.signing.trusted-certificates file " + pem + ": " + e, e);
      }
    }
    return certificates;
  }

  private static char[] secret(ArchiveProperties.Signing signing) {
    return Secrets.of(
            signing.password(),
            signing.passwordFile(),
            "GATEWAY_ARCHIVE_SIGNING_PASSWORD (gateway.archive.signing.password)",
            "gateway.archive.signing.password-file",
            "set GATEWAY_ARCHIVE_SIGNING_PASSWORD or gateway.archive.signing.password-file for the"
                + " keystore "
                + signing.keystore())
        .toCharArray();
  }

  /** A random password for the self-signed keystore, kept beside it readable by the owner only. */
  private static char[] newPassword(Path file) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = HexFormat.of().formatHex(random);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, password, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the data folder's own permissions protect it.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return password.toCharArray();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
