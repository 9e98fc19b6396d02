package ru.netcity.gateway.notify;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The parents' preferences (V18 notify_preference); a parent without a row has the defaults. */
public final class PreferenceStore {
  private final JdbcTemplate jdbc;
  private final NotifyEventsProperties properties;

  public PreferenceStore(DataSource dataSource, NotifyEventsProperties properties) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.properties = properties;
  }

  /** The parent's preferences, defaults where the row (or a column) is empty. */
  public Preferences of(long parentId) {
    Preferences d = Preferences.defaults(properties);
    List<Preferences> found =
        jdbc.query(
            "SELECT channels, kinds, subjects, quiet_from, quiet_to, digest, daily_cap"
                + " FROM notify_preference WHERE parent_id = ?",
            (rs, n) -> {
              Time from = rs.getTime(4);
              Time to = rs.getTime(5);
              Object digest = rs.getObject(6);
              Object cap = rs.getObject(7);
              return new Preferences(
                  channels(rs.getString(1)),
                  split(rs.getString(2), ","),
                  split(rs.getString(3), "\\|"),
                  from == null ? d.quietFrom() : from.toLocalTime(),
                  to == null ? d.quietTo() : to.toLocalTime(),
                  digest == null ? d.digest() : rs.getBoolean(6),
                  cap == null ? d.dailyCap() : rs.getInt(7));
            },
            parentId);
    return found.isEmpty() ? d : found.get(0);
  }

  /** Stores the parent's preferences whole (a null quiet time or cap keeps the default). */
  public void save(long parentId, Preferences p, LocalDateTime now) {
    jdbc.update("DELETE FROM notify_preference WHERE parent_id = ?", parentId);
    jdbc.update(
        "INSERT INTO notify_preference (parent_id, channels, kinds, subjects, quiet_from,"
            + " quiet_to, digest, daily_cap, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        parentId,
        join(p.channels().stream().map(Channel::name).collect(Collectors.toSet()), ","),
        join(p.kinds(), ","),
        join(p.subjects(), "|"),
        time(p.quietFrom()),
        time(p.quietTo()),
        p.digest(),
        p.dailyCap(),
        Timestamp.valueOf(now));
  }

  private static Time time(LocalTime t) {
    return t == null ? null : Time.valueOf(t);
  }

  private static String join(Set<String> values, String separator) {
    return values.isEmpty()
        ? null
        : values.stream().sorted().collect(Collectors.joining(separator));
  }

  private static Set<String> split(String text, String separator) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(text.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Set<Channel> channels(String text) {
    Set<Channel> out = EnumSet.noneOf(Channel.class);
    split(text, ",").forEach(c -> out.add(Channel.valueOf(c)));
    return out;
  }
}
