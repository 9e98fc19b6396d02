package ru.netcity.gateway.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * bench/notify-dispatch.sh: queues N notifications (a quarter per channel) in a fresh H2 database,
 * starts local stub channels (GreenMail SMTP; one HTTP server for the Telegram, MAX and SMS APIs),
 * runs {@code notify --once} in a fresh JVM and prints the throughput per channel against its
 * configured limit and the dispatcher's peak resident memory.
 */
public final class NotifyDispatchBench {
  private static final String[] CHANNELS = {"EMAIL", "TELEGRAM", "MAX", "SMS"};

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    int rate = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]).toAbsolutePath();
    String heap = args[3];
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    String url =
        "jdbc:h2:file:"
            + dir.resolve("gateway")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    int parents = Math.max(1, count / 10);
    fill(url, count, parents);

    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    smtp.start();
    Map<String, Stub> stubs = new ConcurrentHashMap<>();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    http.setExecutor(Executors.newFixedThreadPool(4));
    for (String path : List.of("/botBENCH/sendMessage", "/max/messages", "/sms/messages")) {
      Stub stub = new Stub();
      stubs.put(path, stub);
      http.createContext(
          path,
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            stub.hit();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
    }
    http.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                "ru.netcity.gateway.GatewayApplication",
                "notify",
                "--once",
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.embedded-mock.enabled=false",
                "--spring.datasource.url=" + url,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--gateway.notify.email.rate-per-second=" + rate,
                "--gateway.notify.telegram.base-url=" + base,
                "--gateway.notify.telegram.token=BENCH",
                "--gateway.notify.telegram.rate-per-second=" + rate,
                "--gateway.notify.max.base-url=" + base + "/max",
                "--gateway.notify.max.token=BENCH",
                "--gateway.notify.max.rate-per-second=" + rate,
                "--gateway.notify.sms.base-url=" + base + "/sms",
                "--gateway.notify.sms.rate-per-second=" + rate));
    long start = System.nanoTime();
    Process dispatch =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    long peakKb = 0;
    while (dispatch.isAlive()) {
      peakKb = Math.max(peakKb, peakResidentKb(dispatch.pid()));
      dispatch.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String result = new String(dispatch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int emails = smtp.getReceivedMessages().length;
    smtp.stop();
    http.stop(0);

    System.out.printf(
        "notify --once (JVM -Xmx%s, exit %d): %s", heap, dispatch.exitValue(), result);
    System.out.printf(
        "%d notifications in %.1f s wall (JVM start included): %.0f messages/s overall%n",
        count, seconds, count / seconds);
    System.out.printf("  EMAIL     %6d delivered to SMTP, limit %d/s%n", emails, rate);
    report("TELEGRAM", stubs.get("/botBENCH/sendMessage"), rate);
    report("MAX", stubs.get("/max/messages"), rate);
    report("SMS", stubs.get("/sms/messages"), rate);
    System.out.printf("peak resident memory of the dispatcher: %d MB%n", peakKb / 1024);
  }

  private static void report(String channel, Stub stub, int rate) {
    double window = Math.max(1e-3, (stub.last.get() - stub.first.get()) / 1e9);
    System.out.printf(
        "  %-9s %6d delivered in %.1f s: %.0f/s, limit %d/s%n",
        channel, stub.hits.get(), window, stub.hits.get() / window, rate);
  }

  private static void fill(String url, int count, int parents) throws Exception {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      pool.setUsername("sa");
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO parent (id, name_key, full_name, email, telegram_chat_id,"
                        + " max_user_id, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement ch =
                c.prepareStatement(
                    "INSERT INTO parent_child (parent_id, school_id, student_id, class_name,"
                        + " diary_access) VALUES (?, 1, ?, '5А', TRUE)");
            PreparedStatement co =
                c.prepareStatement(
                    "INSERT INTO parent_consent (parent_id, school_id, student_id, channel,"
                        + " consent_date, document) VALUES (?, 1, ?, ?, ?, 'заявление')")) {
          for (int i = 1; i <= parents; i++) {
            p.setLong(1, i);
            p.setString(2, "parent " + i);
            p.setString(3, "Parent " + i);
            p.setString(4, "parent" + i + "@bench.test");
            p.setString(5, String.valueOf(100000 + i));
            p.setString(6, String.valueOf(200000 + i));
            p.setString(7, "+7999" + (1000000 + i));
            p.setTimestamp(8, now);
            p.addBatch();
            ch.setLong(1, i);
            ch.setInt(2, i);
            ch.addBatch();
            for (String channel : CHANNELS) {
              co.setLong(1, i);
              co.setInt(2, i);
              co.setString(3, channel);
              co.setDate(4, Date.valueOf(LocalDate.of(2025, 9, 1)));
              co.addBatch();
            }
          }
          p.executeBatch();
          ch.executeBatch();
          co.executeBatch();
        }
        try (PreparedStatement o =
            c.prepareStatement(
                "INSERT INTO notification_outbox (idempotency_key, parent_id, school_id,"
                    + " student_id, channel, kind, subject, body, created_at, due_at, status)"
                    + " VALUES (?, ?, 1, ?, ?, 'MARK_NEW', 'Новая оценка',"
                    + " 'Алгебра, 12.11: 5 (учитель Иванова М. П.)', ?, ?, 'PENDING')")) {
          for (int i = 0; i < count; i++) {
            int parent = i % parents + 1;
            o.setString(1, "bench:" + i);
            o.setLong(2, parent);
            o.setInt(3, parent);
            o.setString(4, CHANNELS[i % CHANNELS.length]);
            o.setTimestamp(5, now);
            o.setTimestamp(6, now);
            o.addBatch();
            if (i % 5000 == 4999) {
              o.executeBatch();
            }
          }
          o.executeBatch();
        }
        c.commit();
      }
    }
  }

  private static long peakResidentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between the check and the read
    }
    return 0;
  }

  private static final class Stub {
    final AtomicLong hits = new AtomicLong();
    final AtomicLong first = new AtomicLong();
    final AtomicLong last = new AtomicLong();

    void hit() {
      long now = System.nanoTime();
      first.compareAndSet(0, now);
      last.set(now);
      hits.incrementAndGet();
    }
  }
}
