package ru.netcity.gateway.archive.sign;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 authority for tests: an EC key whose certificate has the critical
 * extendedKeyUsage id-kp-timeStamping, answering with BouncyCastle's response generator. As a
 * WireMock transformer ({@code tsa}) it serves the request body of a stub.
 */
final class TestTsa implements ResponseDefinitionTransformerV2 {
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong();

  TestTsa() throws Exception {
    KeyPair pair = TestKeys.generate("EC", "secp256r1");
    X509Certificate certificate = TestKeys.selfSigned(pair, "SHA256withECDSA", true);
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(BouncyCastle.PROVIDER)
                .build("SHA256withECDSA", pair.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER)
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier("1.2.643.999.1"));
    tokens.addCertificates(new JcaCertStore(List.of(certificate)));
    responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
  }

  /** The DER TimeStampResp to a DER TimeStampReq. */
  byte[] answer(byte[] request) {
    try {
      return responses
          .generate(
              new TimeStampRequest(request),
              BigInteger.valueOf(serial.incrementAndGet()),
              new Date())
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("test TSA cannot answer", e);
    }
  }

  @Override
  public String getName() {
    return "tsa";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    return ResponseDefinitionBuilder.like(event.getResponseDefinition())
        .but()
        .withStatus(200)
        .withHeader("Content-Type", "application/timestamp-reply")
        .withBody(answer(event.getRequest().getBody()))
        .build();
  }
}
