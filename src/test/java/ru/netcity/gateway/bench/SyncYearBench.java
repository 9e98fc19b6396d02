package ru.netcity.gateway.bench;

import static ru.netcity.gateway.netcity.ReportRunner.Page.ATTENDANCE;
import static ru.netcity.gateway.netcity.ReportRunner.Page.JOURNAL_ACCESS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.netcity.gateway.domain.UnitScope;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;

/**
 * A full sync of a school year: the gateway's jar ({@code sync --once}, its own JVM with a heap
 * limit and a GC log), first into an empty ledger (the baseline: every record is written) and then
 * once more (a full re-sync: every page read, nothing new to write), against a bare loop that
 * fetches the same diary pages and the same reports over the same 4 connections. mock-netcity runs
 * in a third JVM. Run with {@code bench/sync-year.sh}; further {@code --gateway.*} or {@code
 * --netcity.*} arguments go to the gateway.
 */
public final class SyncYearBench {
  private static final int CONCURRENT = 4;

  /** The collector the README recommends for the gateway (a batch job on a small server). */
  private static final String DEFAULT_GC = "-XX:+UseParallelGC";

  private static final Pattern SYNC_LINE =
      Pattern.compile("(\\d+) requests, (\\d+) records in ([\\d.]+) s");
  private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

  private SyncYearBench() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    List<String> spec = new ArrayList<>();
    if (options.latencyMs > 0) {
      spec.add("latency=" + options.latencyMs + "ms");
    }
    if (options.weeklyDiary) {
      spec.add("weekly-diary");
    }
    String[] faults =
        spec.isEmpty() ? new String[0] : new String[] {"--faults", String.join(",", spec)};
    try (StandaloneMock mock = StandaloneMock.start(1, options.students, faults)) {
      System.out.printf(
          "mock-netcity: %d students, latency %d ms, the diary %s; budget %d concurrent, no rate"
              + " limit %s; gateway JVM %s%n",
          options.students,
          options.latencyMs,
          options.weeklyDiary ? "a week per request at most" : "any span per request",
          CONCURRENT,
          options.gatewayArgs,
          options.jvm());
      Path dataDir = Files.createTempDirectory("sync-year");
      Bare before = options.bare ? bareLoop(mock, options.weeklyDiary) : null;
      Gateway first = gateway(mock, options, dataDir, "first sync (baseline)");
      Gateway again = options.bare ? gateway(mock, options, dataDir, "full re-sync") : null;
      Bare after = options.bare ? bareLoop(mock, options.weeklyDiary) : null;
      if (before != null) {
        Bare best = before.seconds <= after.seconds ? before : after;
        System.out.printf(
            "bare loop: %d requests, %.1f s before and %.1f s after the gateway%n"
                + "ratio    : first sync %.2f x, full re-sync %.2f x the faster bare loop"
                + " (target <= 1.30)%n",
            best.requests,
            before.seconds,
            after.seconds,
            first.seconds / best.seconds,
            again.seconds / best.seconds);
      }
      Gateway gateway = first;
      if (options.latencyMs > 0) {
        double bound = 1.15 * gateway.requests * options.latencyMs / 1000.0 / CONCURRENT;
        System.out.printf(
            "latency  : sync %.1f s against 1.15 x requests x %d ms / %d = %.1f s (%s)%n",
            gateway.seconds,
            options.latencyMs,
            CONCURRENT,
            bound,
            gateway.seconds <= bound ? "within" : "OVER");
      }
    }
  }

  private record Gateway(
      long requests,
      long records,
      double seconds,
      double processSeconds,
      long peakUsedMb,
      long peakLiveMb) {}

  private static Gateway gateway(StandaloneMock mock, Options options, Path dir, String label)
      throws Exception {
    Path gcLog = dir.resolve("gc-" + label.replaceAll("\\W+", "-") + ".log");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(javaBin, "-Xlog:gc:file=" + gcLog)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.command().addAll(options.jvm());
    builder
        .command()
        .addAll(
            List.of(
                "-jar",
                "target/netcity-gateway.jar",
                "sync",
                "--once",
                "--gateway.data-dir=" + dir,
                "--gateway.ledger.anchor-file=" + dir + "-anchors.log",
                "--gateway.embedded-mock.enabled=false",
                "--netcity.base-url=" + mock.baseUrl(),
                "--netcity.login=zavuch",
                "--netcity.school=" + mock.schoolId(),
                "--netcity.budget.max-concurrent=" + CONCURRENT,
                "--netcity.budget.requests-per-second=100000"));
    builder.command().addAll(options.gatewayArgs);
    builder.environment().put("NETCITY_PASSWORD", "Завуч2021!");
    double mockCpuBefore = mock.cpuSeconds();
    long start = System.nanoTime();
    Process process = builder.start();
    CpuWatch gatewayCpu = CpuWatch.of(process.toHandle());
    String summary = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (SYNC_LINE.matcher(line).find()) {
          summary = line;
        } else if (line.startsWith("sync ")) {
          System.out.println(label + ": " + line);
        }
      }
    }
    int exit = process.waitFor();
    double processSeconds = (System.nanoTime() - start) / 1e9;
    double mockCpu = mock.cpuSeconds() - mockCpuBefore;
    Matcher m = summary == null ? null : SYNC_LINE.matcher(summary);
    if (exit != 0 || m == null || !m.find()) {
      throw new IllegalStateException("sync --once exited with " + exit + "; see " + dir);
    }
    long peakUsed = 0;
    long peakLive = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher pause = GC_PAUSE.matcher(line);
      if (pause.find()) {
        peakUsed = Math.max(peakUsed, Long.parseLong(pause.group(1)));
        peakLive = Math.max(peakLive, Long.parseLong(pause.group(2)));
      }
    }
    Gateway gateway =
        new Gateway(
            Long.parseLong(m.group(1)),
            Long.parseLong(m.group(2)),
            Double.parseDouble(m.group(3)),
            processSeconds,
            peakUsed,
            peakLive);
    System.out.printf(
        "%s: %d requests, %d records, sync %.1f s (%.0f records/s), process %.1f s%n"
            + "  heap: peak used %d MB, peak after GC %d MB (-Xmx%s)%n"
            + "  cpu : gateway %.1f s, mock %.1f s%n",
        label,
        gateway.requests,
        gateway.records,
        gateway.seconds,
        gateway.records / gateway.seconds,
        gateway.processSeconds,
        gateway.peakUsedMb,
        gateway.peakLiveMb,
        options.xmx,
        gatewayCpu.lastSeconds(),
        mockCpu);
    return gateway;
  }

  private record Bare(long requests, double seconds) {}

  /**
   * The gateway's full run, minus the gateway: for every unit (class x term) the diary of every
   * student as bare GETs (the whole term in one, or a week per GET where the mock answers no more),
   * and the unit's report pages through the client's report transport (queue, hub, file) without
   * reading them, four units at a time.
   */
  private static Bare bareLoop(StandaloneMock mock, boolean weeklyDiary) throws Exception {
    NetCityConnection connection =
        new NetCityConnection(URI.create(mock.baseUrl()), "zavuch", "Завуч2021!", mock.schoolId());
    try (NetCityClient client =
        NetCityClient.open(connection, Budget.polite().withRate(CONCURRENT, 100_000))) {
      double mockCpuBefore = mock.cpuSeconds();
      CpuWatch loopCpu = CpuWatch.of(ProcessHandle.current());
      long start = System.nanoTime();
      long setupRequests = client.requests();
      BareLoop loop = new BareLoop(mock.baseUrl(), client);
      int yearId = client.currentYear().id();
      LocalDate today = LocalDate.now();
      AtomicLong diaryRequests = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
      List<Future<?>> work = new ArrayList<>();
      for (ClassRef schoolClass : client.classes()) {
        List<StudentRef> roster = client.students(schoolClass);
        for (TermRef term : client.terms(schoolClass)) {
          LocalDate to = term.end().isBefore(today) ? term.end() : today;
          if (to.isBefore(term.start())) {
            continue;
          }
          UnitScope unit = new UnitScope(0, schoolClass.id(), term.start(), to);
          work.add(
              pool.submit(
                  () -> {
                    List<UnitScope.Week> spans =
                        weeklyDiary
                            ? unit.weeks()
                            : List.of(new UnitScope.Week(unit.from(), unit.to()));
                    for (StudentRef student : roster) {
                      for (UnitScope.Week span : spans) {
                        loop.diary(student.id(), span.from(), span.to(), yearId);
                        diaryRequests.incrementAndGet();
                      }
                    }
                    var reports = client.reports();
                    reports.page(ATTENDANCE, schoolClass, unit.from(), unit.to());
                    reports.page(JOURNAL_ACCESS, schoolClass, unit.from(), unit.to());
                    if (unit.covers(term.end())) {
                      for (StudentRef student : roster) {
                        reports.termMarksPage(schoolClass, student);
                      }
                    }
                    return null;
                  }));
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      System.out.printf(
          "bare loop: %.1f s, %d diary requests, cpu: loop %.1f s, mock %.1f s%n",
          (System.nanoTime() - start) / 1e9,
          diaryRequests.get(),
          loopCpu.lastSeconds(),
          mock.cpuSeconds() - mockCpuBefore);
      return new Bare(
          client.requests() - setupRequests + diaryRequests.get(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * @param gatewayArgs {@code --gateway.*} and {@code --netcity.*} settings passed on to the
   *     gateway
   * @param jvmArgs options for the gateway's JVM ({@code --jvm -XX:StartFlightRecording=...})
   */
  private record Options(
      int students,
      int latencyMs,
      boolean weeklyDiary,
      boolean bare,
      String xmx,
      List<String> gatewayArgs,
      List<String> jvmArgs) {
    /** The gateway's JVM options: the heap limit, the default collector unless one is given. */
    List<String> jvm() {
      List<String> jvm = new ArrayList<>(List.of("-Xmx" + xmx));
      if (jvmArgs.stream().noneMatch(arg -> arg.matches("-XX:\\+Use\\w+GC"))) {
        jvm.add(DEFAULT_GC);
      }
      jvm.addAll(jvmArgs);
      return jvm;
    }

    static Options parse(String[] args) {
      int students = 1000;
      int latency = 0;
      boolean weeklyDiary = false;
      boolean bare = true;
      String xmx = "512m";
      List<String> gatewayArgs = new ArrayList<>();
      List<String> jvmArgs = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--latency" -> latency = Integer.parseInt(args[++i]);
          case "--no-bare" -> bare = false;
          case "--weekly-diary" -> weeklyDiary = true;
          case "--xmx" -> xmx = args[++i];
          case "--jvm" -> jvmArgs.add(args[++i]);
          default -> {
            if (args[i].startsWith("--")) {
              gatewayArgs.add(args[i]);
            } else {
              students = Integer.parseInt(args[i]);
            }
          }
        }
      }
      return new Options(students, latency, weeklyDiary, bare, xmx, gatewayArgs, jvmArgs);
    }
  }
}
