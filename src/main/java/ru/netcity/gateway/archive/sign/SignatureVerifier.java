package ru.netcity.gateway.archive.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Verifies a detached CMS signature made by {@link CmsSigner}. */
public final class SignatureVerifier {
  private SignatureVerifier() {}

  /**
   * Checks that there is exactly one signer, that its signature and message digest fit {@code
   * content}, that its certificate is in the SignedData and matches signing-certificate-v2, that it
   * is one of {@code trusted} (compared by encoded bytes; empty = any signer), and that a timestamp
   * token, when present, is over the signature value and signed by the TSA certificate it carries.
   * Never throws on bad input: the verdict names the problem.
   */
  public static Verdict verify(
      byte[] signatureDer, byte[] content, Collection<X509Certificate> trusted) {
    // null is a caller's mistake, not bad input; read as "anyone" it would trust a stranger.
    Objects.requireNonNull(trusted, "trusted");
    try {
      return check(signatureDer, content, trusted);
    } catch (Exception e) {
      // Broken ASN.1 surfaces as many exception types, unchecked ones included.
      return Verdict.invalid("not a readable CMS signature: " + e.getMessage(), null, null);
    }
  }

  private static Verdict check(
      byte[] signatureDer, byte[] content, Collection<X509Certificate> trusted) throws Exception {
    CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signatureDer);
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return Verdict.invalid("expected exactly one signer, found " + signers.size(), null, null);
    }
    SignerInformation signer = signers.iterator().next();
    Instant signingTime = signingTime(signer);
    Collection<X509CertificateHolder> matches =
        signed.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      return Verdict.invalid("the signer's certificate is not in the signature", null, signingTime);
    }
    X509CertificateHolder holder = matches.iterator().next();
    X509Certificate certificate =
        new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    try {
      if (!signer.verify(
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(BouncyCastle.PROVIDER)
              .build(holder))) {
        return Verdict.invalid(
            "the signature value does not verify with the signer's certificate",
            certificate,
            signingTime);
      }
    } catch (CMSSignerDigestMismatchException e) {
      return Verdict.invalid(
          "the content's digest differs from the signed one: the content was changed",
          certificate,
          signingTime);
    }
    String problem = signingCertificateProblem(signer, holder);
    if (problem == null && !trusted(holder, trusted)) {
      problem = "the signer " + certificate.getSubjectX500Principal() + " is not trusted";
    }
    if (problem != null) {
      return Verdict.invalid(problem, certificate, signingTime);
    }
    AttributeTable unsigned = signer.getUnsignedAttributes();
    Attribute token =
        unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (token == null) {
      return new Verdict(true, null, certificate, signingTime, null);
    }
    Timestamps.Check stamp = Timestamps.check(token, signer.getSignature());
    return new Verdict(
        stamp.problem() == null, stamp.problem(), certificate, signingTime, stamp.time());
  }

  private static Instant signingTime(SignerInformation signer) {
    AttributeTable signedAttributes = signer.getSignedAttributes();
    Attribute time =
        signedAttributes == null ? null : signedAttributes.get(CMSAttributes.signingTime);
    return time == null
        ? null
        : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
  }

  /** The first ESSCertIDv2 names the signer's certificate (RFC 5035 §5.4.1.1). */
  private static String signingCertificateProblem(
      SignerInformation signer, X509CertificateHolder certificate) throws Exception {
    AttributeTable signedAttributes = signer.getSignedAttributes();
    Attribute attribute =
        signedAttributes == null
            ? null
            : signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (attribute == null) {
      return "the signature has no signing-certificate-v2 attribute (not CAdES-BES)";
    }
    ESSCertIDv2 id =
        SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
    byte[] hash = BouncyCastle.digest(id.getHashAlgorithm(), certificate.getEncoded());
    return Arrays.equals(hash, id.getCertHash())
        ? null
        : "the signing-certificate-v2 hash does not match the signer's certificate";
  }

  private static boolean trusted(X509CertificateHolder signer, Collection<X509Certificate> trusted)
      throws Exception {
    if (trusted.isEmpty()) {
      return true;
    }
    byte[] encoded = signer.getEncoded();
    for (X509Certificate certificate : trusted) {
      if (Arrays.equals(encoded, certificate.getEncoded())) {
        return true;
      }
    }
    return false;
  }

  /** The outcome; {@code problem} is null when valid, the times are null when absent. */
  public record Verdict(
      boolean valid,
      String problem,
      X509Certificate signer,
      Instant signingTime,
      Instant timestampTime) {

    static Verdict invalid(String problem, X509Certificate signer, Instant signingTime) {
      return new Verdict(false, problem, signer, signingTime, null);
    }
  }
}
