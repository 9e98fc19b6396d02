package ru.netcity.gateway.archive.sign;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** The key types the archive can sign with, recognised by the certificate's public key OID. */
enum KeyAlgorithm {
  RSA("RSA", "1.2.840.113549.1.1.1", "SHA256withRSA"),
  ECDSA("ECDSA", "1.2.840.10045.2.1", "SHA256withECDSA"),
  GOST_2012_256(
      "GOST R 34.10-2012 256", "1.2.643.7.1.1.1.1", "GOST3411-2012-256WITHECGOST3410-2012-256"),
  GOST_2012_512(
      "GOST R 34.10-2012 512", "1.2.643.7.1.1.1.2", "GOST3411-2012-512WITHECGOST3410-2012-512");

  final String displayName;
  private final String publicKeyOid;

  /** BouncyCastle's name; the CMS digest (SHA-256 or Streebog) follows from it. */
  final String signatureAlgorithm;

  KeyAlgorithm(String displayName, String publicKeyOid, String signatureAlgorithm) {
    this.displayName = displayName;
    this.publicKeyOid = publicKeyOid;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /**
   * Reads the OID rather than {@code PublicKey.getAlgorithm()}: providers name the same key
   * differently ("EC" or "ECDSA"), and a GOST key's name does not tell 256 from 512.
   */
  static KeyAlgorithm of(X509Certificate certificate) {
    String oid =
        SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded())
            .getAlgorithm()
            .getAlgorithm()
            .getId();
    for (KeyAlgorithm algorithm : values()) {
      if (algorithm.publicKeyOid.equals(oid)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException(
        "unsupported key algorithm " + oid + " (supported: RSA, ECDSA, GOST R 34.10-2012)");
  }
}
