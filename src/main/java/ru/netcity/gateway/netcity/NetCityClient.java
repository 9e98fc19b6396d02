package ru.netcity.gateway.netcity;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.netcity.gateway.netcity.NetCityHttp.Answer;
import ru.netcity.gateway.netcity.NetCityHttp.Safety;
import ru.netcity.gateway.netcity.dto.AssignmentType;
import ru.netcity.gateway.netcity.dto.Diary;
import ru.netcity.gateway.netcity.dto.ReportFilters;
import ru.netcity.gateway.netcity.dto.SchoolYear;
import ru.netcity.gateway.netcity.hub.HubMethod;

/**
 * One logged-in session with the AIS for one run: JSON calls with re-login on 401, retries of safe
 * calls, a keep-alive ping, reports through {@link ReportRunner}, and logout on {@link #close()}.
 */
public final class NetCityClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NetCityClient.class);

  private final NetCityHttp http;
  private final ObjectMapper json = NetCityJson.mapper();
  private final LoginFlow login;
  private final ScheduledExecutorService keepAlive;
  private final ReportRunner reports;
  private final SchoolDirectory directory;
  private volatile String aisVersion;

  private NetCityClient(NetCityConnection connection, Budget budget, HostBudget hostBudget) {
    this.http = new NetCityHttp(connection.baseUrl(), budget, hostBudget);
    this.login = new LoginFlow(http, connection, json);
    this.reports = new ReportRunner(this, budget);
    this.directory = new SchoolDirectory(this);
    this.keepAlive =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "netcity-keepalive");
              t.setDaemon(true);
              return t;
            });
  }

  /** Logs in with a request budget of its own; the caller closes the client to log out. */
  public static NetCityClient open(NetCityConnection connection, Budget budget) {
    return open(connection, budget, HostBudget.local(budget));
  }

  /**
   * Logs in; requests wait for {@code hostBudget} (the process's or the replicas' budget of the
   * host). The caller closes the client to log out.
   */
  public static NetCityClient open(
      NetCityConnection connection, Budget budget, HostBudget hostBudget) {
    NetCityClient client = new NetCityClient(connection, budget, hostBudget);
    client.login.login();
    long every = budget.keepAlive().toMillis();
    client.keepAlive.scheduleAtFixedRate(client::ping, every, every, TimeUnit.MILLISECONDS);
    return client;
  }

  public int schoolId() {
    return login.schoolId();
  }

  /**
   * The version the AIS reports in {@code sysInfo} («Версия системы: 5.44.7850.0»), read once per
   * connection; "" when the page names none.
   */
  public String aisVersion() {
    String version = aisVersion;
    if (version == null) {
      Attempts attempts = http.attempts();
      String text = authorised(() -> http.get("sysInfo", attempts), attempts).text();
      version = "";
      for (String line : text.split("\\R")) {
        if (line.startsWith("Версия системы:")) {
          version = line.substring("Версия системы:".length()).trim();
        }
      }
      aisVersion = version;
    }
    return version;
  }

  /** The report hub method the AIS's version takes (netcity-api.md §2.2.1). */
  public HubMethod hubMethod() {
    return HubMethod.forVersion(aisVersion());
  }

  public SchoolYear currentYear() {
    return get("years/current", SchoolYear.class);
  }

  public List<AssignmentType> assignmentTypes() {
    return get("grade/assignment/types?all=false", listOf(AssignmentType.class));
  }

  public List<ClassRef> classes() {
    return directory.classes();
  }

  public List<StudentRef> students(ClassRef schoolClass) {
    return directory.students(schoolClass);
  }

  public List<TermRef> terms(ClassRef schoolClass) {
    return directory.terms(schoolClass);
  }

  /** The subjects (SGID) of the student's {@code studentgrades}, each with its filter id. */
  public List<SubjectRef> subjects(ClassRef schoolClass, StudentRef student) {
    return directory.subjects(schoolClass, student);
  }

  /**
   * The diary of one student for a span of days; whether the AIS answers any span whole is told by
   * the answer ({@link DiaryWindows}).
   */
  public Diary diary(int studentId, LocalDate from, LocalDate to, int yearId) {
    return get(diaryPath(studentId, from, to, yearId), Diary.class);
  }

  /** The path of {@link #diary} under {@code /webapi/} (the benchmarks' bare loop GETs it too). */
  public static String diaryPath(int studentId, LocalDate from, LocalDate to, int yearId) {
    return "student/diary?studentId="
        + studentId
        + "&weekStart="
        + from
        + "&weekEnd="
        + to
        + "&yearId="
        + yearId;
  }

  public ReportRunner reports() {
    return reports;
  }

  /** The AIS's origin, such as {@code https://sgo.example.ru}. */
  public String origin() {
    return http.origin().toString();
  }

  /** Requests made and bytes received so far in this session. */
  public long requests() {
    return http.requests();
  }

  public long bytes() {
    return http.bytes();
  }

  @Override
  public void close() {
    keepAlive.shutdownNow();
    try {
      login.logout();
    } catch (NetCityException e) {
      LOG.warn("logout failed: {}", e.getMessage());
    }
  }

  ReportFilters filters(String report) {
    return get(report, ReportFilters.class);
  }

  <T> T get(String path, Class<T> type) {
    return get(path, json.constructType(type));
  }

  <T> T get(String path, JavaType type) {
    Attempts attempts = http.attempts();
    return call(() -> http.get(path, attempts), type, attempts, true);
  }

  <T> T postJson(String path, Object body, JavaType type, boolean safe) {
    return postJson(path, body, type, safe, http.attempts());
  }

  /** A POST whose {@code attempts} its caller shares with its own retries of the call. */
  <T> T postJson(String path, Object body, JavaType type, boolean safe, Attempts attempts) {
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the request of " + path, e);
    }
    Safety safety = safe ? Safety.SAFE : Safety.ONCE;
    return call(() -> http.postJson(path, text, safety, attempts), type, attempts, safe);
  }

  /** A report page (within its own size cap); re-login on 401 like every call. */
  Answer getReport(String path) {
    return authorised(() -> http.getReport(path), null);
  }

  JavaType listOf(Class<?> element) {
    return json.getTypeFactory().constructCollectionType(List.class, element);
  }

  JavaType mapType() {
    return json.getTypeFactory().constructMapType(Map.class, String.class, Object.class);
  }

  NetCityHttp http() {
    return http;
  }

  /** Reads the JSON answer; an unreadable one is sent again within the call's attempts. */
  private <T> T call(Supplier<Answer> send, JavaType type, Attempts attempts, boolean safe) {
    for (; ; ) {
      Answer answer = authorised(send, attempts);
      try {
        if (answer.isHtml()) {
          throw new NetCityException.Malformed(answer.call(), "an HTML page instead of JSON");
        }
        return json.readValue(answer.body(), type);
      } catch (IOException | NetCityException.Malformed e) {
        if (!safe || !attempts.pause(Duration.ZERO)) {
          throw e instanceof NetCityException.Malformed m
              ? m
              : new NetCityException.Malformed(answer.call(), "JSON that does not parse");
        }
      }
    }
  }

  /**
   * Sends, logging in again once when the session is gone (401), and checks the status. Once the
   * session's logins ended (refused, or a 401 right after a new login) nothing more is sent. The
   * send after a new login does not count among the call's {@code attempts} (null: none to keep).
   */
  private Answer authorised(Supplier<Answer> send, Attempts attempts) {
    login.checkNotRefused();
    String token = http.token();
    Answer answer = send.get();
    if (answer.status() == 401) {
      relogin(token);
      if (attempts != null) {
        attempts.renewed();
      }
      answer = send.get();
      if (answer.status() == 401) {
        NetCityException lost = new NetCityException.SessionLost(answer.call());
        login.refuse(lost);
        throw lost;
      }
    }
    if (answer.status() >= 500) {
      throw new NetCityException.ServerError(answer.call(), answer.status());
    }
    if (answer.status() >= 400) {
      throw new NetCityException.Refused(answer.call(), answer.status());
    }
    return answer;
  }

  /** A call outside {@link #authorised} (the report hub) found the session ended (401). */
  void sessionEnded(String staleToken) {
    login.checkNotRefused();
    relogin(staleToken);
  }

  /** Only the first caller that saw the old token logs in again; the others reuse its session. */
  private synchronized void relogin(String staleToken) {
    if (staleToken == null || staleToken.equals(http.token())) {
      LOG.info("AIS session ended; logging in again");
      login.login();
    }
  }

  private void ping() {
    try {
      authorised(() -> http.get("context"), null);
    } catch (RuntimeException e) {
      LOG.warn("keep-alive ping failed: {}", e.getMessage());
    }
  }
}
