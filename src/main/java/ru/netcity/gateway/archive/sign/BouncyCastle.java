package ru.netcity.gateway.archive.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Provider;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The one BouncyCastle provider instance of this package. It is passed explicitly to every JCA call
 * and never registered with {@code Security}, so the rest of the JVM keeps its own providers.
 */
final class BouncyCastle {
  static final Provider PROVIDER = new BouncyCastleProvider();

  private BouncyCastle() {}

  /** The digest an ASN.1 structure names by OID (SHA-256, Streebog, ...). */
  static byte[] digest(AlgorithmIdentifier algorithm, byte[] data)
      throws OperatorCreationException, IOException {
    DigestCalculator calculator =
        new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build().get(algorithm);
    try (OutputStream out = calculator.getOutputStream()) {
      out.write(data);
    }
    return calculator.getDigest();
  }
}
