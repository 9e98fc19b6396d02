package ru.netcity.gateway.notify;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.report.ReportMail;
import ru.netcity.gateway.security.Account;

/**
 * The class teachers' digests as e-mails (route class-digest, over the weekly reports' SMTP
 * settings, gateway.report.mail): every stored digest of the last {@value #RESEND_DAYS} days not
 * yet mailed, to its class teacher's address when the account is enabled, still bound to the class
 * and has one. A digest is marked mailed only once the SMTP server accepted it, so one that failed
 * goes with the next run; older ones stay stored only (a teacher given an address later, or the
 * upgrade to mailed digests, does not flood a mailbox with a backlog).
 */
public final class ClassDigestMails {
  static final int RESEND_DAYS = 7;

  /** One digest to mail: its key in class_digest and the mail. */
  public record Digest(int schoolId, int classId, LocalDate day, String login, ReportMail mail) {}

  private final JdbcTemplate jdbc;
  private final Supplier<List<Account>> accounts;
  private final boolean enabled;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param enabled whether the staff e-mails are on (gateway.report.mail.enabled); off, the digests
   *     are only stored
   */
  public ClassDigestMails(
      DataSource dataSource,
      Supplier<List<Account>> accounts,
      boolean enabled,
      Clock clock,
      ZoneId zone) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.accounts = accounts;
    this.enabled = enabled;
    this.clock = clock;
    this.zone = zone;
  }

  /** The digests to mail now, oldest first. */
  public List<Digest> due() {
    if (!enabled) {
      return List.of();
    }
    Map<String, Account> byLogin =
        accounts.get().stream().collect(Collectors.toMap(Account::login, Function.identity()));
    LocalDate since = LocalDate.now(clock.withZone(zone)).minusDays(RESEND_DAYS);
    List<Digest> due = new ArrayList<>();
    jdbc.query(
        "SELECT school_id, class_id, school_day, login, class_name, subject, body"
            + " FROM class_digest WHERE mailed_at IS NULL AND school_day >= ?"
            + " ORDER BY school_day, class_name, login",
        rs -> {
          Account to = byLogin.get(rs.getString(4));
          String className = rs.getString(5);
          if (to == null || !to.enabled() || to.email() == null || !to.mayRead(className)) {
            return;
          }
          LocalDate day = rs.getDate(3).toLocalDate();
          due.add(
              new Digest(
                  rs.getInt(1),
                  rs.getInt(2),
                  day,
                  to.login(),
                  ReportMail.text(to.login(), to.email(), rs.getString(6), rs.getString(7))));
        },
        Date.valueOf(since));
    return due;
  }

  /** The SMTP server accepted the digest's mail. */
  public void mailed(Digest digest) {
    jdbc.update(
        "UPDATE class_digest SET mailed_at = ? WHERE school_id = ? AND class_id = ?"
            + " AND school_day = ? AND login = ?",
        Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))),
        digest.schoolId(),
        digest.classId(),
        Date.valueOf(digest.day()),
        digest.login());
  }
}
