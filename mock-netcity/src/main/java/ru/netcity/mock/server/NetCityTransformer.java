package ru.netcity.mock.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.mock.auth.Session;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.faults.Faults;

/**
 * Serves every stub whose response names the transformer {@code netcity}: checks the {@code at}
 * token unless the stub says {@code "auth": false}, applies the run's faults, and hands the call to
 * the handler the stub names.
 */
public final class NetCityTransformer implements ResponseDefinitionTransformerV2 {
  private static final Logger LOG = LoggerFactory.getLogger(NetCityTransformer.class);

  private final Map<String, Handler> handlers;
  private final Sessions sessions;
  private final Faults faults;
  private final RequestStats stats;

  public NetCityTransformer(
      Map<String, Handler> handlers, Sessions sessions, Faults faults, RequestStats stats) {
    this.handlers = Map.copyOf(handlers);
    this.sessions = sessions;
    this.faults = faults;
    this.stats = stats;
  }

  @Override
  public String getName() {
    return "netcity";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Parameters params = event.getTransformerParameters();
    String name = params.getString("handler");
    Handler handler = handlers.get(name);
    if (handler == null) {
      throw new IllegalStateException("stub names unknown handler " + name);
    }
    ResponseDefinitionBuilder reply = serve(event.getRequest(), handler, params);
    long latency = faults.spec().latency().toMillis();
    if (latency > 0) {
      reply = reply.withFixedDelay((int) latency);
    }
    return reply.build();
  }

  private ResponseDefinitionBuilder serve(Request request, Handler handler, Parameters params) {
    boolean auth = authRequired(params);
    Session session = null;
    if (auth) {
      Optional<Session> live = sessions.touch(token(request));
      if (live.isEmpty()) {
        return Reply.status(401);
      }
      session = live.get();
      stats.school(session.schoolId());
      ResponseDefinitionBuilder error = faults.serverError();
      if (error != null) {
        return error;
      }
    }
    try {
      ResponseDefinitionBuilder reply = handler.handle(new Call(request, session, params));
      return auth ? faults.spoil(reply) : reply;
    } catch (BadRequest e) {
      return Reply.message(e.status(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("handler failed for {} {}", request.getMethod(), request.getUrl(), e);
      return Reply.message(500, "Внутренняя ошибка сервера");
    } finally {
      if (session != null && faults.expireAfter(session.requests())) {
        sessions.end(session);
      }
    }
  }

  private static boolean authRequired(Parameters params) {
    return !params.containsKey("auth") || Boolean.TRUE.equals(params.getBoolean("auth"));
  }

  /** The token travels in the {@code at} header; some calls put it in the query or form. */
  static String token(Request request) {
    String header = request.getHeader("at");
    if (header != null && !header.isEmpty()) {
      return header;
    }
    Call call = new Call(request, null, Parameters.empty());
    return call.query("at").or(() -> call.form("at")).orElse(null);
  }
}
