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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * bench/notify-dispatch.sh: queues N notifications (a quarter per channel) in a fresh H2 database,
 * starts local stub channels (GreenMail SMTP; one HTTP server for the Telegram, MAX and SMS APIs),
 * runs {@code notify --once} in a fresh JVM with each channel's limit set and prints, per channel,
 * the messages delivered, the seconds from the first delivery on any channel to the channel's last,
 * the messages/s against the channel's limit, then the total and the dispatcher's peak resident
 * memory.
 */
public final class NotifyDispatchBench {
  private static final String[] CHANNELS = {"EMAIL", "TELEGRAM", "MAX", "SMS"};

  private NotifyDispatchBench() {}

  /**
   * @param args count; limits per second, one for all channels ({@code 500}) or per channel ({@code
   *     email=200,telegram=400,max=400,sms=100}); the data folder; the dispatcher's heap
   */
  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    Map<String, Integer> limits = limits(args[1]);
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

    // Without it the JDK server's answer waits for the client's delayed ACK: 40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    smtp.start();
    Map<String, Stub> stubs = new LinkedHashMap<>();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    ExecutorService handlers = Executors.newFixedThreadPool(4);
    http.setExecutor(handlers);
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
    Stub mail = new Stub();
    ScheduledExecutorService mailWatch = Executors.newSingleThreadScheduledExecutor();
    mailWatch.scheduleAtFixedRate(
        () -> mail.seen(smtp.getReceivedMessages().length), 0, 20, TimeUnit.MILLISECONDS);

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
                "--gateway.notify.email.rate-per-second=" + limits.get("EMAIL"),
                "--gateway.notify.telegram.base-url=" + base,
                "--gateway.notify.telegram.token=BENCH",
                "--gateway.notify.telegram.rate-per-second=" + limits.get("TELEGRAM"),
                "--gateway.notify.max.base-url=" + base + "/max",
                "--gateway.notify.max.token=BENCH",
                "--gateway.notify.max.rate-per-second=" + limits.get("MAX"),
                "--gateway.notify.sms.base-url=" + base + "/sms",
                "--gateway.notify.sms.rate-per-second=" + limits.get("SMS")));
    long start = System.nanoTime();
    Process dispatch =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    long peakKb = 0;
    while (dispatch.isAlive()) {
      peakKb = Math.max(peakKb, peakResidentKb(dispatch.pid()));
      dispatch.waitFor(100, TimeUnit.MILLISECONDS);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    String result = new String(dispatch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    mailWatch.shutdown();
    mailWatch.awaitTermination(10, TimeUnit.SECONDS);
    mail.seen(smtp.getReceivedMessages().length);
    smtp.stop();
    http.stop(0);
    handlers.shutdown();

    Map<String, Stub> byChannel = new LinkedHashMap<>();
    byChannel.put("EMAIL", mail);
    byChannel.put("TELEGRAM", stubs.get("/botBENCH/sendMessage"));
    byChannel.put("MAX", stubs.get("/max/messages"));
    byChannel.put("SMS", stubs.get("/sms/messages"));
    long first = byChannel.values().stream().mapToLong(st -> st.first.get()).min().orElse(0);
    long last = byChannel.values().stream().mapToLong(st -> st.last.get()).max().orElse(0);
    System.out.printf(
        "notify --once (JVM -Xmx%s, exit %d, %.1f s with the JVM's start): %s",
        heap, dispatch.exitValue(), wall, result);
    System.out.printf(
        "%-9s %9s %8s %9s %8s %9s%n",
        "channel", "delivered", "seconds", "msg/s", "limit/s", "of limit");
    long delivered = 0;
    for (Map.Entry<String, Stub> e : byChannel.entrySet()) {
      Stub st = e.getValue();
      double seconds = Math.max(1e-3, (st.last.get() - first) / 1e9);
      int limit = limits.get(e.getKey());
      System.out.printf(
          "%-9s %9d %8.1f %9.1f %8d %8.0f%%%n",
          e.getKey(),
          st.hits.get(),
          seconds,
          st.hits.get() / seconds,
          limit,
          100 * st.hits.get() / seconds / limit);
      delivered += st.hits.get();
    }
    double seconds = Math.max(1e-3, (last - first) / 1e9);
    System.out.printf(
        "%-9s %9d %8.1f %9.1f %8d  (of %d queued)%n",
        "total",
        delivered,
        seconds,
        delivered / seconds,
        limits.values().stream().mapToInt(Integer::intValue).sum(),
        count);
    System.out.printf("peak resident memory of the dispatching JVM: %d MB%n", peakKb / 1024);
  }

  private static Map<String, Integer> limits(String spec) {
    Map<String, Integer> limits = new LinkedHashMap<>();
    if (!spec.contains("=")) {
      for (String channel : CHANNELS) {
        limits.put(channel, Integer.parseInt(spec));
      }
      return limits;
    }
    for (String part : spec.split(",")) {
      String[] kv = part.split("=");
      limits.put(kv[0].strip().toUpperCase(Locale.ROOT), Integer.parseInt(kv[1].strip()));
    }
    for (String channel : CHANNELS) {
      if (!limits.containsKey(channel)) {
        throw new IllegalArgumentException("no limit for " + channel + " in " + spec);
      }
    }
    return limits;
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

    /** The SMTP server holds {@code received} messages now (sampled every 20 ms). */
    void seen(long received) {
      if (received > hits.get()) {
        long now = System.nanoTime();
        first.compareAndSet(0, now);
        last.set(now);
        hits.set(received);
      }
    }
  }
}
