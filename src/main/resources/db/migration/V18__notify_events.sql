-- What fills the notification outbox (issue 14): the parents' preferences, the messages held back
-- for want of consent, the flood guard's per-run tally and the names the messages give the pupils.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

-- A parent's preferences; a parent without a row, or a null column, takes the default
-- (gateway.notify.events.*). channels, kinds: comma-separated names (Channel; MARK, ABSENCE,
-- HOMEWORK, DOT, FINAL_MARK, FORECAST); subjects: names separated by '|' as the AIS spells them.
-- quiet_from/quiet_to: school time; a message due in between waits until quiet_to.
-- digest: TRUE = the day's messages wait for the evening digest time instead of going singly.
-- daily_cap: at most this many messages a school day per channel; the rest wait for the next day.
CREATE TABLE notify_preference (
  parent_id  BIGINT        NOT NULL,
  channels   VARCHAR(60),
  kinds      VARCHAR(200),
  subjects   VARCHAR(2000),
  quiet_from TIME,
  quiet_to   TIME,
  digest     BOOLEAN,
  daily_cap  INTEGER,
  updated_at TIMESTAMP     NOT NULL,
  CONSTRAINT notify_preference_pk PRIMARY KEY (parent_id),
  CONSTRAINT notify_preference_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),
  CONSTRAINT notify_preference_cap_ck CHECK (daily_cap IS NULL OR daily_cap > 0)
);

-- Messages not stored because no written consent was in force (regulation 4.4), counted per
-- school day (school time) and channel, for the dispatch report. reason: NO_CONSENT (none on file
-- for that channel) or REVOKED.
CREATE TABLE notify_held_back (
  school_id INTEGER     NOT NULL,
  school_day DATE       NOT NULL,
  channel   VARCHAR(10) NOT NULL,
  reason    VARCHAR(12) NOT NULL,
  messages  INTEGER     NOT NULL,
  CONSTRAINT notify_held_back_pk PRIMARY KEY (school_id, school_day, channel, reason),
  CONSTRAINT notify_held_back_reason_ck CHECK (reason IN ('NO_CONSENT', 'REVOKED'))
);

-- The flood guard's tally of one sync run: the changes that called for messages so far. Once it
-- passes the threshold the run is held: its messages wait as HELD until `notify release`.
CREATE TABLE notify_run (
  run_id      VARCHAR(36) NOT NULL,
  school_id   INTEGER     NOT NULL,
  changes     INTEGER     NOT NULL,
  held        BOOLEAN     NOT NULL,
  released_at TIMESTAMP,
  CONSTRAINT notify_run_pk PRIMARY KEY (run_id)
);

-- Which run stored which outbox row (the flood guard holds and releases a run's rows together).
CREATE TABLE notify_run_message (
  outbox_id BIGINT      NOT NULL,
  run_id    VARCHAR(36) NOT NULL,
  CONSTRAINT notify_run_message_pk PRIMARY KEY (outbox_id),
  CONSTRAINT notify_run_message_outbox_fk FOREIGN KEY (outbox_id)
    REFERENCES notification_outbox (id)
);

CREATE INDEX notify_run_message_run_ix ON notify_run_message (run_id);

-- The pupil's name as the class teachers' import gives it («Ученик»), for the messages to parents
-- (the ledger keeps ids only). Personal data: never logged.
CREATE TABLE pupil_name (
  school_id  INTEGER      NOT NULL,
  student_id INTEGER      NOT NULL,
  name       VARCHAR(300) NOT NULL,
  CONSTRAINT pupil_name_pk PRIMARY KEY (school_id, student_id)
);

-- The term forecasts made (regulation 4.2): once per class and term, on the first sync from
-- gateway.notify.events.forecast-days-before days before the term's end.
CREATE TABLE notify_forecast (
  school_id INTEGER NOT NULL,
  class_id  INTEGER NOT NULL,
  term_end  DATE    NOT NULL,
  made_on   DATE    NOT NULL,
  CONSTRAINT notify_forecast_pk PRIMARY KEY (school_id, class_id, term_end)
);

-- The class teachers' daily digest of their class (issue 14): absences, low marks and what the
-- newest audit found missing, for each user with the CLASS_TEACHER role bound to the class. Users
-- have no e-mail address yet (V8), so the digest is stored here until a channel takes it.
CREATE TABLE class_digest (
  school_id  INTEGER      NOT NULL,
  class_id   INTEGER      NOT NULL,
  school_day DATE         NOT NULL,
  login      VARCHAR(64)  NOT NULL,
  class_name VARCHAR(32)  NOT NULL,
  subject    VARCHAR(300) NOT NULL,
  body       TEXT         NOT NULL,
  created_at TIMESTAMP    NOT NULL,
  CONSTRAINT class_digest_pk PRIMARY KEY (school_id, class_id, school_day, login)
);
