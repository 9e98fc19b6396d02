package ru.netcity.gateway.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.gateway.archive.sign.SigningKey;
import ru.netcity.gateway.archive.sign.TestKeys;
import ru.netcity.gateway.support.TestDatabase;

/**
 * A snapshot signed with a GOST R 34.10-2012 key, as Russian schools' qualified certificates are:
 * BouncyCastle's CMS verifier, given nothing but the certificate, accepts the bag's signature.
 */
class GostSnapshotTest {
  @TempDir Path dir;

  @Test
  void theGostSignatureOfASnapshotVerifiesFromTheCertificateAlone() throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      ArchiveFixture fixture = ArchiveFixture.record(db.dataSource(), 23, 20);
      SigningKey gost = TestKeys.gost256(dir);
      ArchiveService archive = fixture.archive(dir.resolve("a"), dir.resolve("b"), gost);

      Path bag = archive.create(null, step -> {}).copies().get(0);

      byte[] tagManifest = Files.readAllBytes(bag.resolve(Bags.TAG_MANIFEST));
      CMSSignedData signed =
          new CMSSignedData(
              new CMSProcessableByteArray(tagManifest),
              Files.readAllBytes(bag.resolve(Bags.SIGNATURE)));
      SignerInformation signer = signed.getSignerInfos().iterator().next();
      assertThat(signer.getDigestAlgOID()).isEqualTo("1.2.643.7.1.1.2.2"); // Streebog-256
      assertThat(
              signer.verify(
                  new JcaSimpleSignerInfoVerifierBuilder()
                      .setProvider(new BouncyCastleProvider())
                      .build(gost.certificate())))
          .isTrue();
      assertThat(Bags.readInfo(bag.resolve(Bags.INFO)))
          .containsEntry("Signature-Algorithm", "GOST R 34.10-2012 256")
          .containsEntry("Signer-Certificate-SHA256", gost.fingerprint());
      assertThat(new BagVerifier(List.of(gost.certificate())).check(bag)).isEmpty();
    }
  }
}
