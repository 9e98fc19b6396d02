package ru.netcity.gateway.notify;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who hears about a pupil: the parents the register links to him, each with the channels he has a
 * contact for and the consents on file; and which pupils a lesson's entry (homework) concerns.
 * Reads in the caller's transaction.
 */
final class Recipients {
  /** A parent of the pupil: contacts by channel (never logged) and consents on file. */
  record Parent(
      long id, Map<Channel, String> contacts, Map<Channel, ParentLink.Consent> consents) {}

  private final JdbcTemplate jdbc;

  Recipients(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Parent> parentsOf(int schoolId, int studentId) {
    Map<Long, Parent> parents = new LinkedHashMap<>();
    jdbc.query(
        "SELECT p.id, p.email, p.telegram_chat_id, p.max_user_id, p.phone,"
            + " pn.channel, pn.consent_date, pn.document, pn.revoked_on"
            + " FROM parent_child pc JOIN parent p ON p.id = pc.parent_id"
            + " LEFT JOIN parent_consent pn ON pn.parent_id = pc.parent_id"
            + " AND pn.school_id = pc.school_id AND pn.student_id = pc.student_id"
            + " WHERE pc.school_id = ? AND pc.student_id = ? ORDER BY p.id",
        rs -> {
          Parent parent = parents.get(rs.getLong(1));
          if (parent == null) {
            Map<Channel, String> contacts = new EnumMap<>(Channel.class);
            Channel[] order = {Channel.EMAIL, Channel.TELEGRAM, Channel.MAX, Channel.SMS};
            for (int i = 0; i < order.length; i++) {
              if (rs.getString(2 + i) != null) {
                contacts.put(order[i], rs.getString(2 + i));
              }
            }
            parent = new Parent(rs.getLong(1), contacts, new EnumMap<>(Channel.class));
            parents.put(parent.id(), parent);
          }
          if (rs.getString(6) != null) {
            Date revoked = rs.getDate(9);
            parent
                .consents()
                .put(
                    Channel.valueOf(rs.getString(6)),
                    new ParentLink.Consent(
                        rs.getDate(7).toLocalDate(),
                        rs.getString(8),
                        revoked == null ? null : revoked.toLocalDate()));
          }
        },
        schoolId,
        studentId);
    return new ArrayList<>(parents.values());
  }

  /** The pupils on the class's roster (the last sync's). */
  Set<Integer> roster(int schoolId, int classId) {
    return new TreeSet<>(
        jdbc.queryForList(
            "SELECT student_id FROM roster WHERE school_id = ? AND class_id = ?",
            Integer.class,
            schoolId,
            classId));
  }

  /**
   * The pupils of the class's roster whose diary shows a lesson of {@code subject} that day: all of
   * them unless every such lesson is a group's (its LESSON entry lists the pupils).
   */
  Set<Integer> pupilsOfLesson(int schoolId, int classId, LocalDate day, String subject) {
    Set<Integer> roster = roster(schoolId, classId);
    Set<Integer> shown = new TreeSet<>();
    boolean wholeClass = false;
    List<String> lessons =
        jdbc.queryForList(
            "SELECT value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
                + " AND lesson_date = ? AND subject = ? AND kind = 'LESSON' AND deleted = FALSE",
            String.class,
            schoolId,
            classId,
            Date.valueOf(day),
            subject);
    for (String value : lessons) {
      String[] parts = value.split("\\|", -1);
      if (parts.length <= 4 || parts[4].isBlank()) {
        wholeClass = true;
      } else {
        for (String id : parts[4].split(",")) {
          shown.add(Integer.parseInt(id.strip()));
        }
      }
    }
    if (!wholeClass && !lessons.isEmpty()) {
      roster.retainAll(shown);
    }
    return roster;
  }

  /** The teacher the journal log names for the class's lesson of that subject that day, if any. */
  String teacher(int schoolId, int classId, LocalDate day, String subject) {
    List<String> values =
        jdbc.queryForList(
            "SELECT value_text FROM entry_state WHERE school_id = ? AND class_id = ?"
                + " AND lesson_date = ? AND subject = ? AND kind = 'TEACHER' AND deleted = FALSE"
                + " ORDER BY entry_key",
            String.class,
            schoolId,
            classId,
            Date.valueOf(day),
            subject);
    for (String value : values) {
      String[] parts = value.split("\\|", -1);
      if (parts.length > 1 && !parts[1].isBlank()) {
        return parts[1];
      }
    }
    return null;
  }

  /** The pupil's name as the parents' import gave it, if it did. */
  String pupilName(int schoolId, int studentId) {
    List<String> names =
        jdbc.queryForList(
            "SELECT name FROM pupil_name WHERE school_id = ? AND student_id = ?",
            String.class,
            schoolId,
            studentId);
    return names.isEmpty() ? null : names.get(0);
  }
}
