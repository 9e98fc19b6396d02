package ru.netcity.gateway.nights;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.netcity.gateway.notify.Channel;
import ru.netcity.mock.school.School;
import ru.netcity.mock.school.SchoolClass;

/**
 * A consent register over every pupil of a generated school, four kinds of parent in turn: (0)
 * e-mail and Telegram, consent for both; (1) e-mail, no consent; (2) e-mail and SMS, consent for
 * both, the SMS one revoked on {@code revokedOn}; (3) Telegram with consent, preferences: marks and
 * final marks only, quiet hours 22:00–07:00.
 */
final class Register {
  static final LocalTime PICKY_QUIET_TO = LocalTime.of(7, 0);

  /** One parent of the register and what the test expects of him. */
  record Parent(
      long id,
      int pupil,
      int type,
      Set<Channel> contacts,
      Set<Channel> consented,
      LocalDate revokedOn) {

    /** Whether the parent's consent on {@code channel} is in force on {@code day}. */
    boolean consents(Channel channel, LocalDate day) {
      return consented.contains(channel)
          && !(channel == Channel.SMS && revokedOn != null && !day.isBefore(revokedOn));
    }

    /** Whether the parent's preferences let a message of that kind through. */
    boolean wants(String preferenceKind) {
      return type != 3 || Set.of("MARK", "FINAL_MARK").contains(preferenceKind);
    }

    LocalTime quietTo() {
      return type == 3 ? PICKY_QUIET_TO : LocalTime.of(8, 0);
    }
  }

  final Map<Integer, List<Parent>> byPupil = new LinkedHashMap<>();
  final Map<Integer, String> names = new LinkedHashMap<>();

  Register(School school, DataSource db, LocalDate revokedOn) {
    JdbcTemplate jdbc = new JdbcTemplate(db);
    LocalDateTime now = LocalDateTime.of(2025, 9, 1, 0, 0);
    LocalDate consentDay = school.yearStart().minusDays(1);
    long id = 0;
    int n = 0;
    for (SchoolClass c : school.base().classes()) {
      for (int pupil : school.base().pupilsEverIn(c.id())) {
        if (byPupil.containsKey(pupil)) {
          continue;
        }
        int type = n++ % 4;
        id++;
        Set<Channel> contacts =
            switch (type) {
              case 0 -> EnumSet.of(Channel.EMAIL, Channel.TELEGRAM);
              case 1 -> EnumSet.of(Channel.EMAIL);
              case 2 -> EnumSet.of(Channel.EMAIL, Channel.SMS);
              default -> EnumSet.of(Channel.TELEGRAM);
            };
        Set<Channel> consented = type == 1 ? EnumSet.noneOf(Channel.class) : contacts;
        Parent parent =
            new Parent(id, pupil, type, contacts, consented, type == 2 ? revokedOn : null);
        byPupil.computeIfAbsent(pupil, k -> new ArrayList<>()).add(parent);
        String name = school.base().student(pupil).orElseThrow().nickName();
        names.put(pupil, name);
        jdbc.update(
            "INSERT INTO parent (id, name_key, full_name, email, telegram_chat_id, phone,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            id,
            "родитель " + id,
            "Родитель " + id,
            contacts.contains(Channel.EMAIL) ? "p" + id + "@example.ru" : null,
            contacts.contains(Channel.TELEGRAM) ? "" + (100000 + id) : null,
            contacts.contains(Channel.SMS) ? "+7900000" + (1000 + id) : null,
            Timestamp.valueOf(now));
        jdbc.update(
            "INSERT INTO parent_child (parent_id, school_id, student_id, class_name, diary_access)"
                + " VALUES (?, ?, ?, ?, TRUE)",
            id,
            school.id(),
            pupil,
            c.name());
        jdbc.update(
            "INSERT INTO pupil_name (school_id, student_id, name) VALUES (?, ?, ?)",
            school.id(),
            pupil,
            name);
        for (Channel channel : consented) {
          LocalDate revoked = channel == Channel.SMS ? parent.revokedOn() : null;
          jdbc.update(
              "INSERT INTO parent_consent (parent_id, school_id, student_id, channel,"
                  + " consent_date, document, revoked_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
              id,
              school.id(),
              pupil,
              channel.name(),
              Date.valueOf(consentDay),
              "заявление № " + id,
              revoked == null ? null : Date.valueOf(revoked));
        }
        if (type == 3) {
          jdbc.update(
              "INSERT INTO notify_preference (parent_id, kinds, quiet_from, quiet_to, updated_at)"
                  + " VALUES (?, 'MARK,FINAL_MARK', ?, ?, ?)",
              id,
              Time.valueOf(LocalTime.of(22, 0)),
              Time.valueOf(PICKY_QUIET_TO),
              Timestamp.valueOf(now));
        }
      }
    }
  }
}
