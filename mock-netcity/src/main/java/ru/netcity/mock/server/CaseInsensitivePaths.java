package ru.netcity.mock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Locale;

/**
 * Real AIS servers route paths without regard to case ({@code auth/getData}, {@code WebApi/...})
 * and accept a trailing slash ({@code mysettings/}); the stubs are written in lower case, so the
 * path (never the query) is lower-cased and trimmed before matching.
 */
public final class CaseInsensitivePaths implements StubRequestFilterV2 {
  @Override
  public String getName() {
    return "case-insensitive-paths";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    return RequestFilterAction.continueWith(
        RequestWrapper.create()
            .transformAbsoluteUrl(CaseInsensitivePaths::normalise)
            .wrap(request));
  }

  static String normalise(String url) {
    int schemeEnd = url.indexOf("://");
    int pathStart = url.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 3);
    if (pathStart < 0) {
      return url;
    }
    int queryStart = url.indexOf('?', pathStart);
    String path = queryStart < 0 ? url.substring(pathStart) : url.substring(pathStart, queryStart);
    String rest = queryStart < 0 ? "" : url.substring(queryStart);
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && lower.endsWith("/")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return url.substring(0, pathStart) + lower + rest;
  }
}
