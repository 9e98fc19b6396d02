package ru.netcity.gateway.archive.sign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.netcity.gateway.archive.sign.SignatureVerifier.Verdict;
import ru.netcity.gateway.camel.CamelTimestampAuthority;

/**
 * CAdES-T through the real route routes/archive-timestamp.camel.yaml and camel-http to a WireMock
 * server that answers like an RFC 3161 authority.
 */
class TimestampTest {
  private static final byte[] CONTENT = "tagmanifest".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private TestTsa tsa;
  private WireMockServer server;
  private CamelContext camel;

  @BeforeEach
  void start() throws Exception {
    tsa = new TestTsa();
    server = new WireMockServer(wireMockConfig().dynamicPort().extensions(tsa));
    server.start();
    server.stubFor(post("/tsa").willReturn(aResponse().withTransformers("tsa")));
    server.stubFor(post("/broken").willReturn(aResponse().withStatus(500)));
  }

  @AfterEach
  void stop() throws Exception {
    if (camel != null) {
      camel.close();
    }
    server.stop();
  }

  @Test
  void theRouteFetchesATokenAndTheVerifierReportsItsTime() throws Exception {
    SigningKey key = TestKeys.ecdsa(dir);
    Instant before = Instant.now().minusSeconds(1);

    byte[] signature = new CmsSigner(key, authority(server.baseUrl() + "/tsa")).sign(CONTENT);
    Verdict verdict = SignatureVerifier.verify(signature, CONTENT, List.of(key.certificate()));

    assertThat(verdict.valid()).as(verdict.problem()).isTrue();
    assertThat(verdict.timestampTime())
        .isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/tsa"))
            .withHeader("Content-Type", equalTo("application/timestamp-query")));
  }

  @Test
  void aTokenMovedOntoAnotherSignatureIsInvalid() throws Exception {
    CmsSigner signer = new CmsSigner(TestKeys.ecdsa(dir), authority(server.baseUrl() + "/tsa"));
    SignerInformation stamped = signerOf(signer.sign(CONTENT));
    CMSSignedData other =
        new CMSSignedData(new CMSProcessableByteArray(CONTENT), signer.sign(CONTENT));
    SignerInformation moved =
        SignerInformation.replaceUnsignedAttributes(
            signerOf(other.getEncoded()), stamped.getUnsignedAttributes());
    byte[] forged =
        CMSSignedData.replaceSigners(other, new SignerInformationStore(moved)).getEncoded();

    Verdict verdict = SignatureVerifier.verify(forged, CONTENT, List.of());

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problem()).contains("timestamp token is not over this signature value");
  }

  @Test
  void anHttp500FromTheAuthorityFailsTheSignature() throws Exception {
    CmsSigner signer = new CmsSigner(TestKeys.ecdsa(dir), authority(server.baseUrl() + "/broken"));

    assertThatThrownBy(() -> signer.sign(CONTENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time-stamping authority did not answer")
        .hasMessageContaining("statusCode: 500");
  }

  @Test
  void aTokenForAnotherRequestIsRefused() throws Exception {
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    byte[] otherAnswer =
        tsa.answer(
            requests.generate(TSPAlgorithms.SHA256, new byte[32], BigInteger.TEN).getEncoded());
    CmsSigner signer = new CmsSigner(TestKeys.ecdsa(dir), request -> otherAnswer);

    assertThatThrownBy(() -> signer.sign(CONTENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token does not fit the request");
  }

  @Test
  void withoutAConfiguredUrlTheRouteStartsAndTheCallNamesTheMissingSetting() throws Exception {
    CmsSigner signer = new CmsSigner(TestKeys.ecdsa(dir), authority(""));

    assertThatThrownBy(() -> signer.sign(CONTENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.archive.signing.tsa-url is not set");
  }

  private static SignerInformation signerOf(byte[] signature) throws Exception {
    return new CMSSignedData(signature).getSignerInfos().iterator().next();
  }

  private TimestampAuthority authority(String url) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("gateway.archive.signing.tsa-url", url);
    camel = new DefaultCamelContext();
    camel.getPropertiesComponent().setInitialProperties(properties);
    PluginHelper.getRoutesLoader(camel)
        .loadRoutes(
            PluginHelper.getResourceLoader(camel)
                .resolveResource("classpath:routes/archive-timestamp.camel.yaml"));
    camel.start();
    return new CamelTimestampAuthority(camel);
  }
}
