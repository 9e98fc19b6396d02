package ru.netcity.gateway.notify;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The tables of V14: parents, their children and the consents per channel. Writes an import in one
 * transaction (all rows or none) and only what differs, so a re-import of the same file changes
 * nothing. SQL errors name no contact.
 */
final class ParentRegister {
  private static final String PARENT_COLUMNS = "email, telegram_chat_id, max_user_id, phone";
  private static final Channel[] CONTACT_ORDER = {
    Channel.EMAIL, Channel.TELEGRAM, Channel.MAX, Channel.SMS
  };

  private final DataSource dataSource;

  ParentRegister(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The roster of the last sync, looked up by class name (case aside) and student id. */
  ParentRows.Roster roster() {
    Map<String, ParentRows.Roster.Pupil> pupils = new HashMap<>();
    query(
        "SELECT school_id, class_name, student_id FROM roster",
        List.of(),
        rs ->
            pupils.put(
                classKey(rs.getString(2)) + "|" + rs.getInt(3),
                new ParentRows.Roster.Pupil(rs.getInt(1), rs.getString(2))));
    return (className, studentId) ->
        Optional.ofNullable(pupils.get(classKey(className) + "|" + studentId));
  }

  static String classKey(String className) {
    return className.strip().toUpperCase(Locale.ROOT);
  }

  /** Stores the checked rows in one transaction; returns how many records were new or changed. */
  int store(List<ParentEntry> entries, LocalDateTime now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int changed = 0;
        Map<String, Long> ids = new HashMap<>();
        Map<String, Map<Channel, String>> merged = mergedContacts(entries);
        for (ParentEntry e : entries) {
          if (!ids.containsKey(e.nameKey())) {
            Upsert parent = parent(c, e, merged.get(e.nameKey()), now);
            ids.put(e.nameKey(), parent.id());
            changed += parent.changed() ? 1 : 0;
          }
          long id = ids.get(e.nameKey());
          changed += child(c, id, e) ? 1 : 0;
          pupilName(c, e);
          if (e.consentDate() != null) {
            for (Channel channel : merged.get(e.nameKey()).keySet()) {
              changed += consent(c, id, e, channel) ? 1 : 0;
            }
          }
        }
        c.commit();
        return changed;
      } catch (SQLException | RuntimeException ex) {
        c.rollback();
        throw ex;
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("cannot store the parents' register: " + ex.getSQLState());
    }
  }

  /** A parent's contacts over all the file's rows (the checks made sure they agree). */
  private static Map<String, Map<Channel, String>> mergedContacts(List<ParentEntry> entries) {
    Map<String, Map<Channel, String>> merged = new HashMap<>();
    for (ParentEntry e : entries) {
      merged.computeIfAbsent(e.nameKey(), k -> new EnumMap<>(Channel.class)).putAll(e.contacts());
    }
    return merged;
  }

  private record Upsert(long id, boolean changed) {}

  /** A contact the file leaves empty keeps its stored value (another class may have given it). */
  private Upsert parent(
      Connection c, ParentEntry e, Map<Channel, String> contacts, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, full_name, " + PARENT_COLUMNS + " FROM parent WHERE name_key = ?")) {
      s.setString(1, e.nameKey());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          long id = rs.getLong(1);
          boolean same = rs.getString(2).equals(e.parentName());
          List<String> values = new ArrayList<>();
          for (int i = 0; i < CONTACT_ORDER.length; i++) {
            String stored = rs.getString(3 + i);
            String value = contacts.getOrDefault(CONTACT_ORDER[i], stored);
            same &= Objects.equals(stored, value);
            values.add(value);
          }
          if (!same) {
            update(
                c,
                "UPDATE parent SET full_name = ?, email = ?, telegram_chat_id = ?, max_user_id = ?,"
                    + " phone = ?, updated_at = ? WHERE id = ?",
                e.parentName(),
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                Timestamp.valueOf(now),
                id);
          }
          return new Upsert(id, !same);
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO parent (name_key, full_name, "
                + PARENT_COLUMNS
                + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      s.setString(1, e.nameKey());
      s.setString(2, e.parentName());
      for (int i = 0; i < CONTACT_ORDER.length; i++) {
        s.setString(3 + i, contacts.get(CONTACT_ORDER[i]));
      }
      s.setTimestamp(7, Timestamp.valueOf(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Upsert(keys.getLong(1), true);
      }
    }
  }

  private boolean child(Connection c, long parentId, ParentEntry e) throws SQLException {
    String key = " WHERE parent_id = ? AND school_id = ? AND student_id = ?";
    try (PreparedStatement s =
        c.prepareStatement("SELECT class_name, diary_access FROM parent_child" + key)) {
      bindKey(s, 1, parentId, e);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          if (rs.getString(1).equals(e.className()) && rs.getBoolean(2) == e.diaryAccess()) {
            return false;
          }
          try (PreparedStatement u =
              c.prepareStatement(
                  "UPDATE parent_child SET class_name = ?, diary_access = ?" + key)) {
            u.setString(1, e.className());
            u.setBoolean(2, e.diaryAccess());
            bindKey(u, 3, parentId, e);
            u.executeUpdate();
            return true;
          }
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO parent_child (parent_id, school_id, student_id, class_name, diary_access)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      bindKey(s, 1, parentId, e);
      s.setString(4, e.className());
      s.setBoolean(5, e.diaryAccess());
      s.executeUpdate();
      return true;
    }
  }

  /** The name the messages give the child (V18 pupil_name); the newest import's wins. */
  private static void pupilName(Connection c, ParentEntry e) throws SQLException {
    if (e.pupilName() == null) {
      return;
    }
    if (update(
            c,
            "UPDATE pupil_name SET name = ? WHERE school_id = ? AND student_id = ?",
            e.pupilName(),
            e.schoolId(),
            e.studentId())
        == 0) {
      update(
          c,
          "INSERT INTO pupil_name (school_id, student_id, name) VALUES (?, ?, ?)",
          e.schoolId(),
          e.studentId(),
          e.pupilName());
    }
  }

  private boolean consent(Connection c, long parentId, ParentEntry e, Channel channel)
      throws SQLException {
    String key = " WHERE parent_id = ? AND school_id = ? AND student_id = ? AND channel = ?";
    ParentLink.Consent wanted =
        new ParentLink.Consent(e.consentDate(), e.document(), e.revokedOn());
    try (PreparedStatement s =
        c.prepareStatement("SELECT consent_date, document, revoked_on FROM parent_consent" + key)) {
      bindKey(s, 1, parentId, e);
      s.setString(4, channel.name());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          if (consentOf(rs, 1).equals(wanted)) {
            return false;
          }
          try (PreparedStatement u =
              c.prepareStatement(
                  "UPDATE parent_consent SET consent_date = ?, document = ?, revoked_on = ?"
                      + key)) {
            bindConsent(u, 1, wanted);
            bindKey(u, 4, parentId, e);
            u.setString(7, channel.name());
            u.executeUpdate();
            return true;
          }
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO parent_consent (parent_id, school_id, student_id, channel, consent_date,"
                + " document, revoked_on) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      bindKey(s, 1, parentId, e);
      s.setString(4, channel.name());
      bindConsent(s, 5, wanted);
      s.executeUpdate();
      return true;
    }
  }

  private static void bindKey(PreparedStatement s, int first, long parentId, ParentEntry e)
      throws SQLException {
    s.setLong(first, parentId);
    s.setInt(first + 1, e.schoolId());
    s.setInt(first + 2, e.studentId());
  }

  private static void bindConsent(PreparedStatement s, int first, ParentLink.Consent consent)
      throws SQLException {
    s.setDate(first, Date.valueOf(consent.date()));
    s.setString(first + 1, consent.document());
    if (consent.revokedOn() == null) {
      s.setNull(first + 2, Types.DATE);
    } else {
      s.setDate(first + 2, Date.valueOf(consent.revokedOn()));
    }
  }

  private static ParentLink.Consent consentOf(ResultSet rs, int first) throws SQLException {
    Date revoked = rs.getDate(first + 2);
    return new ParentLink.Consent(
        rs.getDate(first).toLocalDate(),
        rs.getString(first + 1),
        revoked == null ? null : revoked.toLocalDate());
  }

  /** Every parent × child with its contacts and consents, by class, parent and student. */
  List<ParentLink> links(String className) {
    Map<String, ParentLink.Builder> links = new java.util.LinkedHashMap<>();
    List<Object> params = new ArrayList<>();
    String where = "";
    if (className != null) {
      where = " WHERE UPPER(pc.class_name) = ?";
      params.add(classKey(className));
    }
    query(
        "SELECT p.id, p.full_name, p.email, p.telegram_chat_id, p.max_user_id, p.phone,"
            + " pc.school_id, pc.student_id, pc.class_name, pc.diary_access,"
            + " pn.channel, pn.consent_date, pn.document, pn.revoked_on"
            + " FROM parent p JOIN parent_child pc ON pc.parent_id = p.id"
            + " LEFT JOIN parent_consent pn ON pn.parent_id = pc.parent_id"
            + " AND pn.school_id = pc.school_id AND pn.student_id = pc.student_id"
            + where
            + " ORDER BY pc.class_name, p.full_name, pc.student_id, pn.channel",
        params,
        rs -> {
          ParentLink.Builder b =
              links.computeIfAbsent(
                  rs.getLong(1) + "|" + rs.getInt(7) + "|" + rs.getInt(8),
                  k -> {
                    try {
                      return ParentLink.builder(rs);
                    } catch (SQLException ex) {
                      throw new IllegalStateException(ex.getSQLState());
                    }
                  });
          if (rs.getString(11) != null) {
            b.consent(Channel.valueOf(rs.getString(11)), consentOf(rs, 12));
          }
        });
    return links.values().stream().map(ParentLink.Builder::build).toList();
  }

  /** The consent on file for the parent, student and channel, if any. */
  Optional<ParentLink.Consent> consent(long parentId, int studentId, Channel channel) {
    List<ParentLink.Consent> found = new ArrayList<>();
    query(
        "SELECT consent_date, document, revoked_on FROM parent_consent"
            + " WHERE parent_id = ? AND student_id = ? AND channel = ?",
        List.of(parentId, studentId, channel.name()),
        rs -> found.add(consentOf(rs, 1)));
    return found.stream().findFirst();
  }

  private interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<Object> params, RowHandler handler) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          handler.row(rs);
        }
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("cannot read the parents' register: " + ex.getSQLState());
    }
  }

  /** An update whose null parameters are texts (the parent's empty contacts). */
  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else {
          s.setObject(i + 1, params[i]);
        }
      }
      return s.executeUpdate();
    }
  }
}
