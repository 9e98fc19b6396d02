package ru.netcity.gateway.archive.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GOST R 34.10-2012 keys from PKCS#12 sign with Streebog; BouncyCastle's own CMS verifier, given
 * nothing but the certificate, accepts the result.
 */
class GostSignatureTest {
  private static final byte[] CONTENT = "tagmanifest-sha512.txt".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void gost2012With256BitKeySignsWithStreebog256() throws Exception {
    SigningKey key = TestKeys.gost256(dir);

    assertThat(key.algorithm()).isEqualTo("GOST R 34.10-2012 256");
    assertSignedWithDigest(key, "1.2.643.7.1.1.2.2");
  }

  @Test
  void gost2012With512BitKeySignsWithStreebog512() throws Exception {
    SigningKey key = TestKeys.gost512(dir);

    assertThat(key.algorithm()).isEqualTo("GOST R 34.10-2012 512");
    assertSignedWithDigest(key, "1.2.643.7.1.1.2.3");
  }

  private static void assertSignedWithDigest(SigningKey key, String digestOid) throws Exception {
    byte[] signature = new CmsSigner(key, null).sign(CONTENT);

    CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(CONTENT), signature);
    SignerInformation signer = signed.getSignerInfos().iterator().next();
    assertThat(signer.getDigestAlgOID()).isEqualTo(digestOid);
    assertThat(
            signer.verify(
                new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(key.certificate())))
        .isTrue();
    assertThat(SignatureVerifier.verify(signature, CONTENT, List.of(key.certificate())))
        .extracting(SignatureVerifier.Verdict::valid, SignatureVerifier.Verdict::problem)
        .containsExactly(true, null);
  }
}
