package ru.netcity.mock.faults;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Arrays;
import java.util.Random;
import ru.netcity.mock.server.BadRequest;

/** Applies a {@link FaultSpec} to calls as they come; one instance per running mock. */
public final class Faults {
  private static final int[] SERVER_ERRORS = {500, 502, 503};
  static final String ERROR_PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ошибка</title></head>"
          + "<body><h1>Ошибка сервера</h1><p>Произошла непредвиденная ошибка."
          + " Обратитесь к администратору системы.</p></body></html>";

  private final FaultSpec spec;
  private final Random random;
  private Long classOutageFrom;

  public Faults(FaultSpec spec) {
    this.spec = spec;
    this.random = new Random(spec.seed());
  }

  public FaultSpec spec() {
    return spec;
  }

  /** A 5xx answer for this call, or null to serve it. */
  public ResponseDefinitionBuilder serverError() {
    if (!chance(spec.serverErrorRate())) {
      return null;
    }
    int status = SERVER_ERRORS[next(SERVER_ERRORS.length)];
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(ERROR_PAGE);
  }

  /** Whether the session that just made its n-th call ends now (the next call gets 401). */
  public boolean expireAfter(int sessionCalls) {
    int every = spec.expireSessionEvery();
    return every > 0 && sessionCalls % every == 0;
  }

  /**
   * Fails calls about the class named by {@code fail-class}: always, or for {@code fail-class-for}
   * from the first such call.
   */
  public void checkClass(String className) {
    if (spec.failClass().filter(className::equalsIgnoreCase).isPresent() && classDown()) {
      throw new BadRequest(500, "Внутренняя ошибка сервера");
    }
  }

  private synchronized boolean classDown() {
    if (spec.failClassFor().isZero()) {
      return true;
    }
    long now = System.nanoTime();
    if (classOutageFrom == null) {
      classOutageFrom = now;
    }
    return now - classOutageFrom < spec.failClassFor().toNanos();
  }

  /** Cuts a JSON answer in the middle or swaps it for an HTML page, when the dice say so. */
  public ResponseDefinitionBuilder spoil(ResponseDefinitionBuilder reply) {
    ResponseDefinition def = reply.build();
    boolean isJson =
        def.getHeaders() != null
            && def.getHeaders().getContentTypeHeader().mimeTypePart() != null
            && def.getHeaders().getContentTypeHeader().mimeTypePart().contains("json");
    if (!isJson || def.getStatus() != 200) {
      return reply;
    }
    if (chance(spec.malformedJsonRate())) {
      byte[] body = def.getByteBody();
      return ResponseDefinitionBuilder.like(def)
          .withBody(Arrays.copyOf(body, Math.max(1, body.length / 2)));
    }
    if (chance(spec.htmlErrorRate())) {
      return ResponseDefinitionBuilder.like(def)
          .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", "text/html; charset=utf-8")))
          .withBody(ERROR_PAGE);
    }
    return reply;
  }

  /** The report page, or when the dice say so its first half: cut off inside its table. */
  public String cutReport(String html) {
    return chance(spec.cutReportRate()) ? html.substring(0, html.length() / 2) : html;
  }

  public boolean dropReport() {
    return chance(spec.signalrDropRate());
  }

  private synchronized boolean chance(double rate) {
    return rate > 0 && random.nextDouble() < rate;
  }

  private synchronized int next(int bound) {
    return random.nextInt(bound);
  }
}
