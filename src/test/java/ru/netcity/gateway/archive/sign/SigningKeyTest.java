package ru.netcity.gateway.archive.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating the school's key and loading PKCS#12 files, with the errors a wrong setup gives. */
class SigningKeyTest {
  @TempDir static Path dir;
  static Path created;
  static SigningKey key;

  @BeforeAll
  static void createKey() {
    created = dir.resolve("keys/school.p12");
    key = SigningKey.createSelfSigned(created, TestKeys.PASSWORD, "Школа 1 Томск");
  }

  @Test
  void theCreatedKeyIsAnOwnerOnlyPkcs12FileThatLoadsBack() throws Exception {
    SigningKey loaded = SigningKey.load(created, TestKeys.PASSWORD, null);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
        .isEqualTo("rw-------");
    assertThat(Files.list(created.getParent())).containsExactly(created);
    assertThat(loaded.fingerprint()).isEqualTo(key.fingerprint()).hasSize(64).matches("[0-9a-f]+");
    assertThat(loaded.algorithm()).isEqualTo("RSA");
    assertThat(loaded.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=Школа 1 Томск");
    assertThat(loaded.chain()).containsExactly(loaded.certificate());
    int years =
        loaded.certificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC).getYear()
            - Instant.now().atOffset(ZoneOffset.UTC).getYear();
    assertThat(years).isEqualTo(30);
  }

  @Test
  void anExistingKeystoreIsNeverReplaced() throws Exception {
    byte[] before = Files.readAllBytes(created);

    assertThatThrownBy(() -> SigningKey.createSelfSigned(created, TestKeys.PASSWORD, "Other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already exists");
    assertThat(Files.readAllBytes(created)).isEqualTo(before);
  }

  @Test
  void loadingSaysWhatIsWrong() throws Exception {
    Path none = dir.resolve("nothing.p12");
    Path onlyCertificate = store("cert-only.p12", 0, true);
    Path twoKeys = store("two-keys.p12", 2, false);

    assertThatThrownBy(() -> SigningKey.load(none, TestKeys.PASSWORD, null))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> SigningKey.load(created, "wrong".toCharArray(), null))
        .hasMessageContaining("wrong password");
    assertThatThrownBy(() -> SigningKey.load(onlyCertificate, TestKeys.PASSWORD, null))
        .hasMessageContaining("holds no private key entry");
    assertThatThrownBy(() -> SigningKey.load(twoKeys, TestKeys.PASSWORD, null))
        .hasMessageContaining("several key entries")
        .hasMessageContaining("key-0", "key-1");
    assertThatThrownBy(() -> SigningKey.load(twoKeys, TestKeys.PASSWORD, "key-7"))
        .hasMessageContaining("no key entry 'key-7'");
    assertThat(SigningKey.load(twoKeys, TestKeys.PASSWORD, "key-1").algorithm()).isEqualTo("ECDSA");
  }

  /** A PKCS#12 file with {@code keys} EC key entries and perhaps one trusted certificate. */
  private static Path store(String name, int keys, boolean certificate) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
    store.load(null, null);
    for (int i = 0; i < keys; i++) {
      KeyPair pair = TestKeys.generate("EC", "secp256r1");
      X509Certificate own = TestKeys.selfSigned(pair, "SHA256withECDSA", false);
      store.setKeyEntry("key-" + i, pair.getPrivate(), TestKeys.PASSWORD, new Certificate[] {own});
    }
    if (certificate) {
      store.setCertificateEntry("ca", key.certificate());
    }
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, TestKeys.PASSWORD);
    }
    return file;
  }
}
