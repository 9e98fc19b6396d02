package ru.netcity.gateway.archive.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An RSA signature from a created key, checked by the real openssl cms -verify. */
class RsaOpensslTest {
  @TempDir static Path dir;
  static SigningKey key;
  static Path certificate;

  private static final byte[] CONTENT =
      "sha512 tagmanifest line: 0123abcd bagit.txt\n".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void createKey() throws Exception {
    key = SigningKey.createSelfSigned(dir.resolve("school.p12"), TestKeys.PASSWORD, "School 1");
    certificate = dir.resolve("cert.pem");
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.certificate().getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Files.writeString(certificate, pem, StandardCharsets.US_ASCII);
  }

  @Test
  void opensslAcceptsTheSignatureOverTheOriginalContent() throws Exception {
    Path signature = Files.write(dir.resolve("ok.p7s"), new CmsSigner(key, null).sign(CONTENT));
    Path content = Files.write(dir.resolve("ok.bin"), CONTENT);

    assertThat(key.algorithm()).isEqualTo("RSA");
    assertThat(opensslVerify(signature, content)).startsWith("0:");
  }

  @Test
  void theFingerprintIsOpensslsSha256Fingerprint() throws Exception {
    String openssl =
        run("openssl", "x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha256");

    assertThat(openssl).startsWith("0:");
    assertThat(openssl.substring(openssl.indexOf('=') + 1).strip().replace(":", "").toLowerCase())
        .isEqualTo(key.fingerprint());
  }

  @Test
  void opensslRejectsTheSignatureWhenOneContentByteFlipped() throws Exception {
    Path signature = Files.write(dir.resolve("bad.p7s"), new CmsSigner(key, null).sign(CONTENT));
    byte[] changed = CONTENT.clone();
    changed[3] ^= 0x01;
    Path content = Files.write(dir.resolve("bad.bin"), changed);

    assertThat(opensslVerify(signature, content)).doesNotStartWith("0:");
  }

  private static String opensslVerify(Path signature, Path content) throws Exception {
    return run(
        "openssl",
        "cms",
        "-verify",
        "-inform",
        "DER",
        "-binary",
        "-in",
        signature.toString(),
        "-content",
        content.toString(),
        "-CAfile",
        certificate.toString(),
        "-purpose",
        "any",
        "-out",
        "/dev/null");
  }

  /** Exit code, a colon, and the command's output (for the failure message). */
  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    return process.exitValue() + ": " + output;
  }
}
