package ru.netcity.mock.signalr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers {@code POST …/queueHub/negotiate}, the call the official SignalR clients make before the
 * WebSocket unless told to skip it. A filter rather than a servlet because Jetty's servlet mappings
 * are exact, case-sensitive servlet path specs and real clients vary the path's case.
 */
final class NegotiateFilter extends HttpFilter {

  private static final Pattern NEGOTIATE =
      Pattern.compile("/webapi/(?:signalr/)?queuehub/negotiate/?", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final transient Predicate<String> tokenValid;

  NegotiateFilter(Predicate<String> tokenValid) {
    this.tokenValid = tokenValid;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (!NEGOTIATE.matcher(path).matches()) {
      chain.doFilter(req, resp);
      return;
    }
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Map<String, List<String>> query =
        req.getParameterMap().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
    if (!tokenValid.test(QueueHub.queryParam(query, "at"))) {
      resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    JSON.writeValue(resp.getOutputStream(), body(negotiateVersion(req)));
  }

  /** ASP.NET Core writes the version and the token only from negotiate version 1 on. */
  private static ObjectNode body(int version) {
    ObjectNode body = JSON.createObjectNode();
    if (version > 0) {
      body.put("negotiateVersion", 1);
    }
    body.put("connectionId", randomId());
    if (version > 0) {
      body.put("connectionToken", randomId());
    }
    ObjectNode webSockets = body.putArray("availableTransports").addObject();
    webSockets.put("transport", "WebSockets").putArray("transferFormats").add("Text").add("Binary");
    return body;
  }

  private static int negotiateVersion(HttpServletRequest req) {
    try {
      String version = req.getParameter("negotiateVersion");
      return version == null ? 0 : Integer.parseInt(version.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** 16 random bytes, base64url: the shape of ASP.NET Core connection ids. */
  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
