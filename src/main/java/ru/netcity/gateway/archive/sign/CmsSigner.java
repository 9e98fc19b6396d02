package ru.netcity.gateway.archive.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Makes detached CAdES-BES signatures (CMS SignedData, content not included, DER) and, with a
 * time-stamping authority, CAdES-T. The digest follows the key: SHA-256 for RSA and ECDSA,
 * Streebog-256/512 for GOST R 34.10-2012 256/512.
 */
public final class CmsSigner {
  private final SigningKey key;
  private final TimestampAuthority tsa;

  public CmsSigner(SigningKey key, TimestampAuthority tsaOrNull) {
    this.key = key;
    this.tsa = tsaOrNull;
  }

  /**
   * Signs {@code content}. Signed attributes: content-type, message-digest, signing-time and
   * signing-certificate-v2; the key's certificate chain is included. Throws {@link
   * IllegalStateException} when signing fails or the time-stamping authority gives no valid token.
   */
  public byte[] sign(byte[] content) {
    try {
      CMSSignedData signed = signDetached(content);
      if (tsa != null) {
        signed = withTimestamp(signed);
      }
      return signed.getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      throw new IllegalStateException("cannot sign with " + key + ": " + e.getMessage(), e);
    }
  }

  private CMSSignedData signDetached(byte[] content)
      throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
    // The default generator adds content-type, message-digest and signing-time to ours.
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(signingCertificate()))
            .build(
                new JcaContentSignerBuilder(key.signatureAlgorithm())
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(key.privateKey()),
                key.certificate()));
    generator.addCertificates(new JcaCertStore(key.chain()));
    return generator.generate(new CMSProcessableByteArray(content), false);
  }

  /**
   * signing-certificate-v2 binds the signature to this certificate, so a certificate swapped into
   * the SignedData is noticed (RFC 5035). SHA-256 whatever the key: it is the attribute's default.
   */
  private AttributeTable signingCertificate() throws GeneralSecurityException, IOException {
    X509CertificateHolder certificate = new JcaX509CertificateHolder(key.certificate());
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    ESSCertIDv2 id =
        new ESSCertIDv2(
            hash, new IssuerSerial(certificate.getIssuer(), certificate.getSerialNumber()));
    return new AttributeTable(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signingCertificateV2,
            new DERSet(new SigningCertificateV2(id))));
  }

  /** Adds the authority's token over the signature value (id-aa-signatureTimeStampToken). */
  private CMSSignedData withTimestamp(CMSSignedData signed)
      throws GeneralSecurityException, IOException {
    SignerInformation signer = signed.getSignerInfos().iterator().next();
    TimeStampToken token = Timestamps.request(tsa, signer.getSignature());
    Attribute attribute =
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
            new DERSet(token.toCMSSignedData().toASN1Structure()));
    SignerInformation stamped =
        SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attribute));
    return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
  }
}
