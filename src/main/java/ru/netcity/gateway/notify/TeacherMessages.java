package ru.netcity.gateway.notify;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class teacher's message about a child's conduct or progress (order 4.4, 4.5) to every parent of
 * the child with a written consent in force today, on each consented channel, through the outbox.
 * Parents without consent get nothing.
 */
public final class TeacherMessages {
  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final Clock clock;
  private final ZoneId schoolZone;

  public TeacherMessages(DataSource dataSource, Outbox outbox, Clock clock, ZoneId schoolZone) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.outbox = outbox;
    this.clock = clock;
    this.schoolZone = schoolZone;
  }

  /** The class the child is on file in, if any parent of the child is registered. */
  public java.util.Optional<String> classOf(int studentId) {
    return jdbc
        .queryForList(
            "SELECT class_name FROM parent_child WHERE student_id = ? ORDER BY class_name",
            String.class,
            studentId)
        .stream()
        .findFirst();
  }

  /**
   * @return how many messages were queued (parents × channels)
   */
  public int send(int studentId, String text, String teacherName) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Текст сообщения пуст.");
    }
    LocalDate today = LocalDate.now(clock.withZone(schoolZone));
    String batch = UUID.randomUUID().toString();
    List<Object[]> targets =
        jdbc.query(
            "SELECT parent_id, school_id, channel FROM parent_consent WHERE student_id = ?"
                + " AND consent_date <= ? AND (revoked_on IS NULL OR revoked_on > ?)"
                + " ORDER BY parent_id, channel",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)},
            studentId,
            Date.valueOf(today),
            Date.valueOf(today));
    int queued = 0;
    for (Object[] t : targets) {
      queued +=
          outbox.add(
                  "teacher:" + batch + ":" + t[0] + ":" + t[2],
                  (Long) t[0],
                  (Integer) t[1],
                  studentId,
                  Channel.valueOf((String) t[2]),
                  "TEACHER_MESSAGE",
                  "Сообщение классного руководителя",
                  text.strip() + "\n\n" + teacherName,
                  clock.instant())
              ? 1
              : 0;
    }
    return queued;
  }
}
