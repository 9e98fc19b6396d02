package ru.netcity.gateway.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers what parents send back (orders 4.4, 4.5): a complaint when the text says «жалоба», else
 * an answer; acknowledges it to the parent through the outbox, routes it to the class teacher of
 * the child's class and, when it concerns a mark or the journal, to the deputy director too; keeps
 * it open until a teacher answers, whose answer goes back to the parent the same way.
 */
public final class ComplaintDesk {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintDesk.class);
  private static final Pattern COMPLAINT = Pattern.compile("жалоб");
  private static final Pattern MARKS = Pattern.compile("оценк|отметк|балл|журнал");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String[] CONTACT = {"email", "telegram_chat_id", "max_user_id", "phone"};
  private static final String SELECT =
      "SELECT m.id, m.kind, p.full_name, m.student_id, m.class_name, m.channel, m.text,"
          + " m.received_at, m.acknowledged_at, m.class_teacher, m.to_deputy, m.answer,"
          + " m.answered_by, m.answered_at FROM parent_message m JOIN parent p"
          + " ON p.id = m.parent_id";

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final Clock clock;
  private final ZoneId schoolZone;

  public ComplaintDesk(DataSource dataSource, Outbox outbox, Clock clock, ZoneId schoolZone) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.outbox = outbox;
    this.clock = clock;
    this.schoolZone = schoolZone;
  }

  /**
   * Registers the message once (by its source key) and queues the acknowledgement.
   *
   * @return the registered message's id; empty when the sender is no parent on file
   */
  public Optional<Long> register(Inbound in) {
    List<Long> parents =
        jdbc.queryForList(
            "SELECT id FROM parent WHERE " + CONTACT[in.channel().ordinal()] + " = ?",
            Long.class,
            in.sender().strip());
    if (parents.isEmpty()) {
      LOG.info("notify: a {} message from a sender not in the parents' register", in.channel());
      return Optional.empty();
    }
    long parentId = parents.get(0);
    Optional<Child> child = child(parentId, in);
    if (child.isEmpty()) {
      LOG.info(
          "notify: a {} message from parent {} who has no child on file", in.channel(), parentId);
      return Optional.empty();
    }
    String lower = in.text().toLowerCase(Locale.ROOT);
    String kind = COMPLAINT.matcher(lower).find() ? "COMPLAINT" : "ANSWER";
    boolean toDeputy = MARKS.matcher(lower).find();
    Child c = child.get();
    try {
      jdbc.update(
          "INSERT INTO parent_message (source_key, kind, parent_id, school_id, student_id,"
              + " class_name, channel, text, received_at, class_teacher, to_deputy)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          in.channel() + ":" + in.sourceKey(),
          kind,
          parentId,
          c.schoolId(),
          c.studentId(),
          c.className(),
          in.channel().name(),
          in.text(),
          Outbox.utc(clock.instant()),
          classTeacher(c.className()).orElse(null),
          toDeputy);
    } catch (DuplicateKeyException readTwice) {
      return Optional.empty();
    }
    long id =
        jdbc.queryForObject(
            "SELECT id FROM parent_message WHERE source_key = ?",
            Long.class,
            in.channel() + ":" + in.sourceKey());
    acknowledge(id, parentId, c, in.channel(), kind);
    LOG.info("notify: parent message {} registered ({}, class {})", id, kind, c.className());
    return Optional.of(id);
  }

  /** The messages of the given classes (null: all), open ones first, newest first. */
  public List<ParentMessage> list(List<String> classes) {
    List<ParentMessage> all =
        jdbc.query(
            SELECT + " ORDER BY CASE WHEN m.answered_at IS NULL THEN 0 ELSE 1 END, m.id DESC",
            (rs, i) ->
                new ParentMessage(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toLocalDateTime(),
                    local(rs.getTimestamp(9)),
                    rs.getString(10),
                    rs.getBoolean(11),
                    rs.getString(12),
                    rs.getString(13),
                    local(rs.getTimestamp(14))));
    return classes == null
        ? all
        : all.stream()
            .filter(m -> classes.stream().anyMatch(k -> k.equalsIgnoreCase(m.className())))
            .toList();
  }

  public Optional<ParentMessage> find(long id) {
    return list(null).stream().filter(m -> m.id() == id).findFirst();
  }

  /**
   * Records the answer and queues it to the parent on the channel the message came by.
   *
   * @return false when the message does not exist or was answered already
   */
  public boolean answer(long id, String text, String by) {
    int updated =
        jdbc.update(
            "UPDATE parent_message SET answer = ?, answered_by = ?, answered_at = ?"
                + " WHERE id = ? AND answered_at IS NULL",
            text,
            by,
            Outbox.utc(clock.instant()),
            id);
    if (updated == 0) {
      return false;
    }
    jdbc.query(
        "SELECT parent_id, school_id, student_id, channel, received_at FROM parent_message"
            + " WHERE id = ?",
        rs -> {
          outbox.add(
              "answer:" + id,
              rs.getLong(1),
              rs.getInt(2),
              rs.getInt(3),
              Channel.valueOf(rs.getString(4)),
              "COMPLAINT_ANSWER",
              "Ответ на обращение № " + id,
              "Ответ на ваше обращение № "
                  + id
                  + " от "
                  + DAY.format(rs.getTimestamp(5).toLocalDateTime())
                  + ":\n"
                  + text
                  + "\n\n"
                  + by,
              clock.instant());
        },
        id);
    return true;
  }

  private void acknowledge(long id, long parentId, Child c, Channel channel, String kind) {
    String what = kind.equals("COMPLAINT") ? "Ваша жалоба" : "Ваш ответ";
    outbox.add(
        "ack:" + id,
        parentId,
        c.schoolId(),
        c.studentId(),
        channel,
        "COMPLAINT_ACK",
        "Обращение № " + id + " зарегистрировано",
        what
            + " зарегистрирован(а) под № "
            + id
            + " от "
            + DAY.format(LocalDate.now(clock.withZone(schoolZone)))
            + " и передан(а) классному руководителю. Ответ придёт сюда же.",
        clock.instant());
    jdbc.update(
        "UPDATE parent_message SET acknowledged_at = ? WHERE id = ?",
        Outbox.utc(clock.instant()),
        id);
  }

  private record Child(int schoolId, int studentId, String className) {}

  /** The child the message is about: the one of the message answered, else of the newest one. */
  private Optional<Child> child(long parentId, Inbound in) {
    String byMessage =
        "SELECT c.school_id, c.student_id, c.class_name FROM notification_outbox o"
            + " JOIN parent_child c ON c.parent_id = o.parent_id AND c.school_id = o.school_id"
            + " AND c.student_id = o.student_id WHERE o.parent_id = ?";
    List<Child> found =
        in.replyToOutboxId() == null
            ? List.of()
            : jdbc.query(byMessage + " AND o.id = ?", this::child, parentId, in.replyToOutboxId());
    if (found.isEmpty()) {
      found =
          jdbc.query(
              byMessage + " AND o.channel = ? ORDER BY o.id DESC LIMIT 1",
              this::child,
              parentId,
              in.channel().name());
    }
    if (found.isEmpty()) {
      found =
          jdbc.query(
              "SELECT school_id, student_id, class_name FROM parent_child WHERE parent_id = ?"
                  + " ORDER BY student_id LIMIT 1",
              this::child,
              parentId);
    }
    return found.stream().findFirst();
  }

  private Child child(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Child(rs.getInt(1), rs.getInt(2), rs.getString(3));
  }

  private Optional<String> classTeacher(String className) {
    return jdbc
        .query(
            "SELECT login, classes FROM gateway_user WHERE role = 'CLASS_TEACHER' AND enabled"
                + " ORDER BY login",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
        .stream()
        .filter(
            u ->
                List.of(u[1].split(",")).stream()
                    .anyMatch(k -> k.strip().equalsIgnoreCase(className)))
        .map(u -> u[0])
        .findFirst();
  }

  private static java.time.LocalDateTime local(java.sql.Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
