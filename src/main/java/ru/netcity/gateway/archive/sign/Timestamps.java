package ru.netcity.gateway.archive.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/** RFC 3161 timestamps over a signature value: asking an authority for one, checking one. */
final class Timestamps {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Timestamps() {}

  /**
   * Asks for a token over SHA-256 of {@code signatureValue}. The answer must be granted and carry
   * our nonce and imprint; otherwise an {@link IllegalStateException} says what was wrong.
   */
  static TimeStampToken request(TimestampAuthority tsa, byte[] signatureValue)
      throws GeneralSecurityException, IOException {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    // The TSA's certificate in the token lets a verifier check it without other files.
    generator.setCertReq(true);
    TimeStampRequest request =
        generator.generate(
            TSPAlgorithms.SHA256,
            MessageDigest.getInstance("SHA-256").digest(signatureValue),
            new BigInteger(64, RANDOM));
    byte[] answer;
    try {
      answer = tsa.exchange(request.getEncoded());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "the time-stamping authority did not answer: " + e.getMessage(), e);
    }
    if (answer == null || answer.length == 0) {
      throw new IllegalStateException("the time-stamping authority answered with an empty body");
    }
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(answer);
    } catch (TSPException | IOException | RuntimeException e) {
      throw new IllegalStateException(
          "the time-stamping authority's answer is not a TimeStampResp: " + e.getMessage(), e);
    }
    int status = response.getStatus();
    if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
      throw new IllegalStateException(
          "the time-stamping authority refused the request: status "
              + status
              + (response.getStatusString() == null
                  ? ""
                  : " (" + response.getStatusString() + ")"));
    }
    try {
      response.validate(request);
    } catch (TSPException e) {
      throw new IllegalStateException(
          "the time-stamping authority's token does not fit the request: " + e.getMessage(), e);
    }
    return response.getTimeStampToken();
  }

  /**
   * Checks an id-aa-signatureTimeStampToken: its imprint is the hash of {@code signatureValue} and
   * it verifies with the TSA certificate inside it (BouncyCastle also requires that certificate's
   * critical extendedKeyUsage id-kp-timeStamping and its validity at the token's time).
   */
  static Check check(Attribute attribute, byte[] signatureValue) throws Exception {
    TimeStampToken token =
        new TimeStampToken(
            new CMSSignedData(
                attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
    TimeStampTokenInfo info = token.getTimeStampInfo();
    Instant time = info.getGenTime().toInstant();
    byte[] imprint = BouncyCastle.digest(info.getHashAlgorithm(), signatureValue);
    if (!Arrays.equals(imprint, info.getMessageImprintDigest())) {
      return new Check("the timestamp token is not over this signature value", time);
    }
    Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
    if (tsa.isEmpty()) {
      return new Check("the timestamp token does not carry its TSA certificate", time);
    }
    try {
      token.validate(
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(BouncyCastle.PROVIDER)
              .build(tsa.iterator().next()));
    } catch (TSPException e) {
      return new Check("the timestamp token is invalid: " + e.getMessage(), time);
    }
    return new Check(null, time);
  }

  /** A checked token's time and, when it is not valid, why. */
  record Check(String problem, Instant time) {}
}
