package ru.netcity.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.netcity.mock.school.SchoolHost;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;
import ru.netcity.mock.server.RequestStats;

/**
 * Test control outside {@code /webapi}, no token: {@code GET /__mock/stats} → {@code
 * {maxConcurrentRequests, inFlight, requests, schools: {"<id>": n}, generatedSchools}}; {@code POST
 * /__mock/stats/reset} zeroes the counts and answers the same way.
 */
final class StatsEndpoint {
  private final RequestStats stats;
  private final SchoolHost host;

  StatsEndpoint(RequestStats stats, SchoolHost host) {
    this.stats = stats;
    this.host = host;
  }

  ResponseDefinitionBuilder get(Call call) {
    Map<String, Object> body = new LinkedHashMap<>(stats.snapshot());
    body.put("generatedSchools", host.generated());
    return Reply.json(body);
  }

  ResponseDefinitionBuilder reset(Call call) {
    stats.reset();
    return get(call);
  }
}
