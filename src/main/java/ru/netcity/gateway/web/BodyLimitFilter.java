package ru.netcity.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.netcity.gateway.security.SecurityProperties;

/**
 * Caps every request body at {@code gateway.security.max-body-size}: a declared length over it
 * answers 400 at once; a chunked body is cut off while it is read, which the controllers answer
 * with 400 as well ({@link ApiErrors}). Runs before Spring Security, so that no sign-in (a login
 * form, a Basic header check) works on an oversize request either.
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class BodyLimitFilter extends OncePerRequestFilter {
  private final long max;

  BodyLimitFilter(SecurityProperties settings) {
    this.max = settings.maxBodySize().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > max) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Connection", "close");
      response.getWriter().write("{\"errors\":[\"" + ApiErrors.tooLarge(max) + "\"]}");
      return;
    }
    chain.doFilter(length >= 0 ? request : new Capped(request, max), response);
  }

  /** The body was longer than the cap; read as a failure to read the request. */
  static final class BodyTooLarge extends IOException {
    private final long max;

    BodyTooLarge(long max) {
      super("request body over " + max + " bytes");
      this.max = max;
    }

    long max() {
      return max;
    }
  }

  private static final class Capped extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CappedStream(super.getInputStream(), max);
      }
      return stream;
    }
  }

  private static final class CappedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    CappedStream(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        throw new BodyTooLarge(max);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
