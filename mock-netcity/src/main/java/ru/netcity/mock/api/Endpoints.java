package ru.netcity.mock.api;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import ru.netcity.mock.MockClock;
import ru.netcity.mock.MockOptions;
import ru.netcity.mock.auth.Sessions;
import ru.netcity.mock.faults.Faults;
import ru.netcity.mock.school.School;
import ru.netcity.mock.server.Call;
import ru.netcity.mock.server.ClasspathStubs;
import ru.netcity.mock.server.Handler;
import ru.netcity.mock.server.Reply;
import ru.netcity.mock.signalr.InMemoryHubContext;

/** The handler names the stub files use, bound to their logic. */
public final class Endpoints {
  private Endpoints() {}

  public static Map<String, Handler> of(
      School school, Sessions sessions, Faults faults, InMemoryHubContext hub) {
    return of(
        school,
        new MockClock(Optional.empty()),
        sessions,
        faults,
        hub,
        MockOptions.DEFAULT_VERSION);
  }

  /**
   * The handlers of a server claiming {@code version} in {@code sysInfo} and {@code context}; every
   * answer about the journal is the school as of the clock at that call.
   */
  public static Map<String, Handler> of(
      School school,
      MockClock clock,
      Sessions sessions,
      Faults faults,
      InMemoryHubContext hub,
      String version) {
    Supplier<School> schools = () -> clock.view(school);
    AuthEndpoints auth = new AuthEndpoints(school, sessions, version);
    ContextEndpoints context = new ContextEndpoints(schools, version);
    DiaryEndpoints diary = new DiaryEndpoints(schools, faults);
    ReportEndpoints reports = new ReportEndpoints(schools, faults, hub);
    ClockEndpoint control = new ClockEndpoint(clock);
    Map<String, Handler> handlers = new LinkedHashMap<>();
    handlers.put("logindata", auth::loginData);
    handlers.put("schools-search", auth::schoolsSearch);
    handlers.put("prepareloginform", auth::prepareLoginForm);
    handlers.put("auth-getdata", auth::getData);
    handlers.put("login", auth::login);
    handlers.put("logout", auth::logout);
    handlers.put("context-expired", auth::expired);
    handlers.put("sysinfo", context::sysInfo);
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
    handlers.put("static-json", Endpoints::staticJson);
    handlers.put("report-filters", reports::filters);
    handlers.put("report-initfilters", reports::initFilters);
    handlers.put("report-queue", reports::queue);
    handlers.put("report-file", reports::file);
    handlers.put("mock-clock-get", control::get);
    handlers.put("mock-clock-set", control::set);
    handlers.put("earlyaccess", reports::earlyAccess);
    return handlers;
  }

  /** A static answer from {@code mock-netcity/__files}, named by the stub's {@code bodyFile}. */
  private static ResponseDefinitionBuilder staticJson(Call call) {
    return Reply.json(200, List.of())
        .withBody(ClasspathStubs.read("mock-netcity/__files/" + call.stubParameter("bodyFile")));
  }
}
