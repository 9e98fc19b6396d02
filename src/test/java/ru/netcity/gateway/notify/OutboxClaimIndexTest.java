package ru.netcity.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.support.TestDatabase;

/**
 * The dispatcher's claim of one channel's due rows (Outbox.DUE) reads V22's index (status, channel,
 * due_at, id) on H2 and PostgreSQL, over an outbox of mostly sent rows, not the table.
 */
class OutboxClaimIndexTest {
  private static final int SENT = 20_000;

  @Test
  void h2ClaimsThroughTheIndex() {
    try (TestDatabase db = TestDatabase.h2()) {
      assertThat(plan(db)).contains("notification_outbox_claim_ix");
    }
  }

  @Test
  void postgresClaimsThroughTheIndex() {
    try (TestDatabase db = TestDatabase.postgres("outbox_claim")) {
      String plan = plan(db);
      assertThat(plan).contains("notification_outbox_claim_ix");
      assertThat(plan).doesNotContain("Seq Scan on notification_outbox");
    }
  }

  private static String plan(TestDatabase db) {
    NotifyFixture fixture = new NotifyFixture(db.dataSource());
    JdbcTemplate jdbc = fixture.jdbc;
    long parent = fixture.parent("Родитель", 1001, "5А", "p@example.ru", "1", "2", "+79990001");
    Timestamp then = Timestamp.valueOf(LocalDateTime.of(2025, 10, 1, 12, 0));
    jdbc.batchUpdate(
        "INSERT INTO notification_outbox (idempotency_key, parent_id, school_id, student_id,"
            + " channel, kind, subject, body, created_at, due_at, status, sent_at)"
            + " VALUES (?, ?, 1, 1001, ?, 'MARK_ADDED', 'Оценка', 'Алгебра: 5', ?, ?, ?, ?)",
        java.util.stream.IntStream.range(0, SENT + 200)
            .mapToObj(
                i ->
                    new Object[] {
                      "k" + i,
                      parent,
                      Channel.values()[i % 4].name(),
                      then,
                      then,
                      i < SENT ? "SENT" : "PENDING",
                      i < SENT ? then : null
                    })
            .toList());
    jdbc.execute("ANALYZE");
    Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 10, 2, 12, 0));
    List<String> lines =
        jdbc.queryForList("EXPLAIN " + Outbox.DUE, String.class, "SMS", now, now, 500);
    String plan = String.join("\n", lines);
    System.out.println("EXPLAIN of the claim:\n" + plan);
    return plan;
  }
}
