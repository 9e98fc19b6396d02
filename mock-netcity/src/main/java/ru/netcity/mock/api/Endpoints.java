package ru.netcity.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import ru.netcity.mock.MockClock;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolHost;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.ClasspathStubs;
import ru.netcity.mock.server.Handler;
import ru.netcity.mock.server.Reply;
import ru.netcity.mock.server.RequestStats;
import ru.netcity.mock.signalr.InMemoryHubContext;

/**
 * The handler names the stub files use, bound to their logic. The login and the test controls
 * belong to the host; every call after login goes to the handlers of the session's school, made on
 * its first call, so a session only ever reads its own school.
 */
public final class Endpoints {
  /** The handlers {@link #schoolHandlers(School)} binds for each school. */
  private static final List<String> SCHOOL_HANDLERS =
      List.of(
          "context",
          "school-card",
          "context-students",
          "years",
          "years-current",
          "yearlist",
          "diary-init",
          "assignment-types",
          "diary",
          "past-mandatory",
          "assignment",
          "attachments",
          "report-filters",
          "report-initfilters",
          "report-queue",
          "report-file",
          "earlyaccess");

  private final SchoolHost host;
  private final MockClock clock;
  private final Faults faults;
  private final InMemoryHubContext hub;
  private final String version;
  private final Map<Integer, Map<String, Handler>> sites = new ConcurrentHashMap<>();

  private Endpoints(
      SchoolHost host, MockClock clock, Faults faults, InMemoryHubContext hub, String version) {
    this.host = host;
    this.clock = clock;
    this.faults = faults;
    this.hub = hub;
    this.version = version;
  }

  /**
   * The handlers of a host claiming {@code version} in {@code sysInfo} and {@code context}; every
   * answer about the journal is the session's school as of the clock at that call.
   */
  public static Map<String, Handler> of(
      SchoolHost host,
      MockClock clock,
      Sessions sessions,
      Faults faults,
      InMemoryHubContext hub,
      String version,
      RequestStats stats) {
    Endpoints endpoints = new Endpoints(host, clock, faults, hub, version);
    AuthEndpoints auth = new AuthEndpoints(host, sessions, version, stats);
    ClockEndpoint control = new ClockEndpoint(clock);
    StatsEndpoint statsControl = new StatsEndpoint(stats, host);
    Map<String, Handler> handlers = new LinkedHashMap<>();
    handlers.put("logindata", auth::loginData);
    handlers.put("schools-search", auth::schoolsSearch);
    handlers.put("prepareloginform", auth::prepareLoginForm);
    handlers.put("auth-getdata", auth::getData);
    handlers.put("login", auth::login);
    handlers.put("logout", auth::logout);
    handlers.put("context-expired", auth::expired);
    handlers.put("sysinfo", call -> ContextEndpoints.sysInfo(host.listings().get(0).id(), version));
    handlers.put("static-json", Endpoints::staticJson);
    handlers.put("mock-clock-get", control::get);
    handlers.put("mock-clock-set", control::set);
    handlers.put("mock-stats-get", statsControl::get);
    handlers.put("mock-stats-reset", statsControl::reset);
    for (String name : SCHOOL_HANDLERS) {
      handlers.put(name, call -> endpoints.site(call).get(name).handle(call));
    }
    return handlers;
  }

  private Map<String, Handler> site(Call call) {
    return schoolHandlers(call.session().schoolId());
  }

  private Map<String, Handler> schoolHandlers(int schoolId) {
    Map<String, Handler> site = sites.get(schoolId);
    if (site != null) {
      return site;
    }
    // the school is generated (on its first use) outside the map's lock
    School school = host.school(schoolId).orElseThrow();
    return sites.computeIfAbsent(schoolId, id -> schoolHandlers(school));
  }

  /** The handlers of one school: what a session of that school may call. */
  private Map<String, Handler> schoolHandlers(School school) {
    Supplier<School> schools = () -> clock.view(school);
    ContextEndpoints context = new ContextEndpoints(schools, version);
    DiaryEndpoints diary =
        new DiaryEndpoints(
            schools,
            faults,
            id -> host.schoolOfStudent(id).filter(s -> s != school.id()).isPresent());
    ReportEndpoints reports = new ReportEndpoints(schools, faults, hub);
    Map<String, Handler> handlers = new LinkedHashMap<>();
    handlers.put("context", context::context);
    handlers.put("school-card", context::schoolCard);
    handlers.put("context-students", context::students);
    handlers.put("years", context::years);
    handlers.put("years-current", context::currentYear);
    handlers.put("yearlist", context::yearList);
    handlers.put("diary-init", context::diaryInit);
    handlers.put("assignment-types", context::assignmentTypes);
    handlers.put("diary", diary::diary);
    handlers.put("past-mandatory", diary::pastMandatory);
    handlers.put("assignment", diary::assignmentDetails);
    handlers.put("attachments", diary::attachments);
    handlers.put("report-filters", reports::filters);
    handlers.put("report-initfilters", reports::initFilters);
    handlers.put("report-queue", reports::queue);
    handlers.put("report-file", reports::file);
    handlers.put("earlyaccess", reports::earlyAccess);
    if (!handlers.keySet().equals(Set.copyOf(SCHOOL_HANDLERS))) {
      throw new IllegalStateException("SCHOOL_HANDLERS does not list the school's handlers");
    }
    return Map.copyOf(handlers);
  }

  /** A static answer from {@code mock-netcity/__files}, named by the stub's {@code bodyFile}. */
  private static ResponseDefinitionBuilder staticJson(Call call) {
    return Reply.json(200, List.of())
        .withBody(ClasspathStubs.read("mock-netcity/__files/" + call.stubParameter("bodyFile")));
  }
}
