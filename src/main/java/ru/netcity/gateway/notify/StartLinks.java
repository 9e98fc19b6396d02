package ru.netcity.gateway.notify;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messenger start links a class teacher hands to a parent: a random one-time code for one
 * parent × child × channel, of which only the hash is stored. Opening the link sends the code back
 * (Telegram «/start CODE», MAX {@code bot_started} with the payload); a valid, unexpired, unused
 * code binds that chat as the parent's contact for the channel. Binding gives a contact, never
 * consent (4.4): messages still need the written consent on file.
 */
public final class StartLinks {
  private static final Logger LOG = LoggerFactory.getLogger(StartLinks.class);

  /** Telegram's start parameter: 1–64 of these; MAX takes up to 128. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final NotifyProperties.Link settings;
  private final Consents consents;
  private final Clock clock;
  private final ZoneId schoolZone;

  public StartLinks(
      DataSource dataSource,
      NotifyProperties.Link settings,
      Consents consents,
      Clock clock,
      ZoneId schoolZone) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.settings = settings;
    this.consents = consents;
    this.clock = clock;
    this.schoolZone = schoolZone;
  }

  /** A link as handed to the parent; {@link #toString()} hides its code. */
  public record Issued(Channel channel, String link, Instant expiresAt) {
    @Override
    public String toString() {
      return "Issued[" + channel + ", until " + expiresAt + "]";
    }
  }

  /** When the link stops working, school time, as people read it: «14.12.2025 10:00». */
  public String until(Issued issued) {
    return UNTIL.format(issued.expiresAt().atZone(schoolZone));
  }

  /**
   * The channel a start link is for, by its name in any case.
   *
   * @throws IllegalArgumentException (a Russian message) a name other than telegram or max
   */
  public static Channel channel(String name) {
    String key = name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT);
    if (key.equals(Channel.TELEGRAM.name()) || key.equals(Channel.MAX.name())) {
      return Channel.valueOf(key);
    }
    throw new IllegalArgumentException("Ссылку можно выдать для канала telegram или max.");
  }

  /** The channels whose bot name is configured, so that links can be issued for them. */
  public List<Channel> channels() {
    return java.util.stream.Stream.of(Channel.TELEGRAM, Channel.MAX)
        .filter(c -> settings.bot(c) != null)
        .toList();
  }

  /** The class the parent's child is on file in; empty when no such parent × child. */
  public Optional<String> classOf(long parentId, int studentId) {
    return jdbc
        .queryForList(
            "SELECT class_name FROM parent_child WHERE parent_id = ? AND student_id = ?",
            String.class,
            parentId,
            studentId)
        .stream()
        .findFirst();
  }

  /**
   * Makes and stores a new code for the parent × child on the channel.
   *
   * @param issuedBy the login of who asked for it
   * @throws IllegalArgumentException (a Russian message) a channel without a bot name in config or
   *     a parent × child not on file
   */
  public Issued issue(long parentId, int studentId, Channel channel, String issuedBy) {
    String bot = settings.bot(channel);
    if (bot == null) {
      throw new IllegalArgumentException(
          "Ссылки для канала "
              + channel.column()
              + " не настроены: укажите имя бота (gateway.notify.link.telegram-bot или"
              + " max-bot).");
    }
    List<Integer> school =
        jdbc.queryForList(
            "SELECT school_id FROM parent_child WHERE parent_id = ? AND student_id = ?",
            Integer.class,
            parentId,
            studentId);
    if (school.isEmpty()) {
      throw new IllegalArgumentException(
          "Родитель № " + parentId + " ученика " + studentId + " не найден в реестре.");
    }
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    Instant expires = now.plus(settings.validFor());
    jdbc.update(
        "INSERT INTO parent_start_link (code_hash, parent_id, school_id, student_id, channel,"
            + " issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        hash(code),
        parentId,
        school.get(0),
        studentId,
        channel.name(),
        issuedBy,
        Outbox.utc(now),
        Outbox.utc(expires));
    LOG.info(
        "notify: {} start link issued for parent {} of student {} by {}",
        channel,
        parentId,
        studentId,
        issuedBy);
    String host = channel == Channel.TELEGRAM ? "https://t.me/" : "https://max.ru/";
    return new Issued(channel, host + bot + "?start=" + code, expires);
  }

  /**
   * Uses the code once: binds {@code contact} as the parent's contact for the channel and marks the
   * code used, in one transaction. The same update read again (a crash before the inbox saved its
   * position) finds its own use and answers as bound again.
   *
   * @param contact the Telegram chat id or MAX user id
   * @param sourceKey the channel's id of the update that carried the code
   */
  public StartLinkAnswer redeem(Channel channel, String code, String contact, String sourceKey) {
    if (code == null || !CODE.matcher(code).matches() || contact == null || contact.isBlank()) {
      return new StartLinkAnswer(StartLinkAnswer.Outcome.UNKNOWN, false);
    }
    String hash = hash(code);
    String source = channel + ":" + sourceKey;
    Timestamp now = Outbox.utc(clock.instant());
    StartLinkAnswer.Outcome outcome =
        tx.execute(
            s -> {
              int used =
                  jdbc.update(
                      "UPDATE parent_start_link SET used_at = ?, used_source = ?"
                          + " WHERE code_hash = ? AND channel = ? AND used_at IS NULL"
                          + " AND expires_at > ?",
                      now,
                      source,
                      hash,
                      channel.name(),
                      now);
              if (used == 1) {
                jdbc.update(
                    "UPDATE parent SET "
                        + (channel == Channel.TELEGRAM ? "telegram_chat_id" : "max_user_id")
                        + " = ?, updated_at = ? WHERE id = (SELECT parent_id FROM"
                        + " parent_start_link WHERE code_hash = ?)",
                    contact.strip(),
                    now,
                    hash);
                return StartLinkAnswer.Outcome.BOUND;
              }
              return refused(hash, channel, source);
            });
    LOG.info("notify: a {} start link was opened: {}", channel, outcome);
    if (outcome != StartLinkAnswer.Outcome.BOUND) {
      return new StartLinkAnswer(outcome, false);
    }
    LocalDate today = LocalDate.now(clock.withZone(schoolZone));
    boolean consent =
        jdbc.query(
            "SELECT parent_id, student_id FROM parent_start_link WHERE code_hash = ?",
            rs -> {
              rs.next();
              return consents.mayMessage(rs.getLong(1), rs.getInt(2), channel, today);
            },
            hash);
    return new StartLinkAnswer(StartLinkAnswer.Outcome.BOUND, consent);
  }

  /** Why a code bound nothing; the same update's own earlier use counts as bound. */
  private StartLinkAnswer.Outcome refused(String hash, Channel channel, String source) {
    return jdbc
        .query(
            "SELECT used_source FROM parent_start_link WHERE code_hash = ? AND channel = ?",
            (rs, i) -> {
              String usedBy = rs.getString(1);
              if (usedBy == null) {
                return StartLinkAnswer.Outcome.EXPIRED;
              }
              return usedBy.equals(source)
                  ? StartLinkAnswer.Outcome.BOUND
                  : StartLinkAnswer.Outcome.USED;
            },
            hash,
            channel.name())
        .stream()
        .findFirst()
        .orElse(StartLinkAnswer.Outcome.UNKNOWN);
  }

  private static String hash(String code) {
    return Digests.sha256Hex(code);
  }
}
