package ru.netcity.mock.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.report.Report;
import ru.netcity.mock.report.ReportQuery;
import ru.netcity.mock.school.School;
import ru.netcity.mock.server.BadRequest;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.Reply;
import ru.netcity.mock.signalr.HubProtocol;
import ru.netcity.mock.signalr.InMemoryHubContext;
import ru.netcity.mock.signalr.ReportTask;

/**
 * Reports as the AIS does them (netcity-api.md §2.2): filter sources, {@code initfilters}, {@code
 * queue} → {@code taskId} (with {@code queueKey} on 5.4x), completion over the SignalR hub, then
 * {@code files/{id}} as HTML.
 */
final class ReportEndpoints {
  /** The school as of the mock's clock at each call. */
  private final Supplier<School> schools;

  private final Faults faults;
  private final InMemoryHubContext hub;
  private final ReportFiles files = new ReportFiles(256);
  private final Map<String, Report> reports = new LinkedHashMap<>();

  ReportEndpoints(Supplier<School> schools, Faults faults, InMemoryHubContext hub) {
    this.schools = schools;
    this.faults = faults;
    this.hub = hub;
    Report.all().forEach(r -> reports.put(r.name(), r));
  }

  ResponseDefinitionBuilder filters(Call call) {
    Report report = report(call);
    Filters filters = new Filters(school(), call.session().account());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("report", describe(report));
    body.put("filterSources", filters.sources(report, Selection.none()));
    return Reply.json(body);
  }

  ResponseDefinitionBuilder initFilters(Call call) {
    Report report = report(call);
    Selection selection = Selection.of(call.json().path("selectedData"));
    return Reply.json(new Filters(school(), call.session().account()).sources(report, selection));
  }

  ResponseDefinitionBuilder queue(Call call) {
    Report report = report(call);
    JsonNode body = call.json();
    Selection selection = Selection.of(body.path("selectedData"));
    School school = school();
    ReportQuery query = new Filters(school, call.session().account()).query(report, selection);
    faults.checkClass(query.schoolClass().name());
    String fileId = files.put(report.render(school, query));
    ReportTask task = hub.register(fileId);
    if (faults.dropReport()) {
      hub.markDropBeforeComplete(task.taskId());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("taskId", task.taskId());
    if (hub.protocol() == HubProtocol.START_TASK_ASYNC) {
      answer.put("queueKey", task.queueKey());
    }
    return Reply.json(answer);
  }

  /** {@code earlyaccess?accessKey=irtechsignalr}: VK calls it before the hub and ignores it. */
  ResponseDefinitionBuilder earlyAccess(Call call) {
    return Reply.json(Map.of());
  }

  ResponseDefinitionBuilder file(Call call) {
    String html =
        files.get(call.lastSegment()).orElseThrow(() -> new BadRequest(404, "Файл не найден"));
    return Reply.html(200, faults.cutReport(html));
  }

  private Report report(Call call) {
    String name = call.path().startsWith("v2/") ? call.segment(2) : call.segment(1);
    Report report = reports.get(name);
    if (report == null) {
      throw new BadRequest(404, "Отчёт не найден: " + name);
    }
    return report;
  }

  private static Map<String, Object> describe(Report report) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", report.name());
    body.put("name", report.title());
    body.put("group", "Отчёты");
    body.put("level", 0);
    body.put("order", 0);
    body.put(
        "filterPanel",
        Map.of(
            "filters",
            report.filterIds().stream()
                .map(id -> Map.of("filterId", id, "optional", false))
                .toList()));
    body.put("presentTypes", List.of(Map.of("id", 1, "name", "HTML")));
    return body;
  }

  private School school() {
    return schools.get();
  }
}
