package ru.netcity.gateway.archive.sign;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Test keys made with BouncyCastle, stored as PKCS#12 and read back through SigningKey.load. */
public final class TestKeys {
  static final char[] PASSWORD = "test-password".toCharArray();

  private TestKeys() {}

  public static SigningKey gost256(Path dir) throws Exception {
    return stored(
        dir,
        generate("ECGOST3410-2012", "Tc26-Gost-3410-12-256-paramSetA"),
        "GOST3411-2012-256WITHECGOST3410-2012-256");
  }

  static SigningKey gost512(Path dir) throws Exception {
    return stored(
        dir,
        generate("ECGOST3410-2012", "Tc26-Gost-3410-12-512-paramSetA"),
        "GOST3411-2012-512WITHECGOST3410-2012-512");
  }

  static SigningKey ecdsa(Path dir) throws Exception {
    return stored(dir, generate("EC", "secp256r1"), "SHA256withECDSA");
  }

  static KeyPair generate(String algorithm, String parameters) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.PROVIDER);
    generator.initialize(new ECGenParameterSpec(parameters));
    return generator.generateKeyPair();
  }

  /** A self-signed certificate; with {@code timeStamping} the critical EKU a TSA needs. */
  static X509Certificate selfSigned(KeyPair pair, String signatureAlgorithm, boolean timeStamping)
      throws Exception {
    X500Name name = new X500Name("CN=Test " + signatureAlgorithm + " " + System.nanoTime());
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(365, ChronoUnit.DAYS)),
            name,
            pair.getPublic());
    if (timeStamping) {
      builder.addExtension(
          Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }
    return new JcaX509CertificateConverter()
        .setProvider(BouncyCastle.PROVIDER)
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(pair.getPrivate())));
  }

  private static SigningKey stored(Path dir, KeyPair pair, String signatureAlgorithm)
      throws Exception {
    X509Certificate certificate = selfSigned(pair, signatureAlgorithm, false);
    KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
    store.load(null, null);
    store.setKeyEntry("school", pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
    Path file = Files.createTempFile(dir, "key", ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    return SigningKey.load(file, PASSWORD, null);
  }
}
