package ru.netcity.gateway.archive.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed attributes that make a CMS signature CAdES-BES. */
class CadesAttributesTest {
  @TempDir Path dir;

  @Test
  void signedAttributesCarrySigningCertificateV2WithTheCertificatesSha256AndSigningTime()
      throws Exception {
    SigningKey key = TestKeys.ecdsa(dir);
    byte[] signature = new CmsSigner(key, null).sign(new byte[] {1, 2, 3});

    CMSSignedData signed = new CMSSignedData(signature);
    AttributeTable attributes = signed.getSignerInfos().iterator().next().getSignedAttributes();
    ESSCertIDv2 id =
        SigningCertificateV2.getInstance(
                attributes
                    .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                    .getAttrValues()
                    .getObjectAt(0))
            .getCerts()[0];

    assertThat(signed.isDetachedSignature()).isTrue();
    assertThat(id.getHashAlgorithm().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
    assertThat(id.getCertHash())
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded()));
    assertThat(attributes.get(CMSAttributes.signingTime)).isNotNull();
    assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
    assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
  }
}
