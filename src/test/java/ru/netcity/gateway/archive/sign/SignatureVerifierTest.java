package ru.netcity.gateway.archive.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.gateway.archive.sign.SignatureVerifier.Verdict;

/** An ECDSA P-256 round trip, and the verdicts on changed content, strangers and garbage. */
class SignatureVerifierTest {
  private static final byte[] CONTENT = "bag of term 2".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;
  static SigningKey school;
  static byte[] signature;

  @BeforeAll
  static void sign() throws Exception {
    school = TestKeys.ecdsa(dir);
    signature = new CmsSigner(school, null).sign(CONTENT);
  }

  @Test
  void anEcdsaSignatureOverTheContentIsValidAndNamesItsSigner() {
    Verdict verdict = SignatureVerifier.verify(signature, CONTENT, List.of(school.certificate()));

    assertThat(school.algorithm()).isEqualTo("ECDSA");
    assertThat(verdict.valid()).as(verdict.problem()).isTrue();
    assertThat(verdict.problem()).isNull();
    assertThat(verdict.signer()).isEqualTo(school.certificate());
    assertThat(verdict.signingTime())
        .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
    assertThat(verdict.timestampTime()).isNull();
  }

  @Test
  void changedContentIsInvalid() {
    byte[] changed = CONTENT.clone();
    changed[changed.length - 1] = '3';

    Verdict verdict = SignatureVerifier.verify(signature, changed, List.of());

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problem()).contains("content was changed");
  }

  @Test
  void aValidSignatureByAnotherKeyIsNotTrusted() throws Exception {
    byte[] stranger = new CmsSigner(TestKeys.ecdsa(dir), null).sign(CONTENT);

    Verdict anyone = SignatureVerifier.verify(stranger, CONTENT, List.of());
    Verdict onlySchool = SignatureVerifier.verify(stranger, CONTENT, List.of(school.certificate()));

    assertThat(anyone.valid()).isTrue();
    assertThat(onlySchool.valid()).isFalse();
    assertThat(onlySchool.problem()).contains("signer", "is not trusted");
    assertThat(onlySchool.signer()).isNotEqualTo(school.certificate());
  }

  @Test
  void garbageIsInvalidWithoutAnException() {
    byte[] cut = Arrays.copyOf(signature, signature.length / 2);

    assertThat(
            SignatureVerifier.verify(
                "not DER".getBytes(StandardCharsets.UTF_8), CONTENT, List.of()))
        .extracting(Verdict::valid, v -> v.problem() != null)
        .containsExactly(false, true);
    assertThat(SignatureVerifier.verify(cut, CONTENT, List.of()).valid()).isFalse();
    assertThat(SignatureVerifier.verify(new byte[0], CONTENT, List.of()).valid()).isFalse();
  }
}
