-- The ledger (design.md §2): sync runs and their work units, the append-only hash-chained event
-- log, the per-school chain head that serialises appends, and the current state of every entry.
-- Kept to SQL that both H2 2.x (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE, the embedded default) and
-- PostgreSQL 15 (production) accept, so one migration serves both engines.
-- Timestamps without zone: started_at, finished_at and first_seen_at are UTC (the gateway's clock);
-- ais_entered_at is the school-local time the AIS reports, stored as given.

CREATE TABLE sync_run (
  id          VARCHAR(36) NOT NULL,
  school_id   INTEGER     NOT NULL,
  started_at  TIMESTAMP   NOT NULL,
  finished_at TIMESTAMP,
  status      VARCHAR(16) NOT NULL,
  complete    BOOLEAN     NOT NULL DEFAULT FALSE,
  units_total INTEGER     NOT NULL,
  units_done  INTEGER     NOT NULL DEFAULT 0,
  CONSTRAINT sync_run_pk PRIMARY KEY (id),
  CONSTRAINT sync_run_status_ck CHECK (status IN ('RUNNING', 'FINISHED'))
);

-- lastUnfinishedRun and the run list.
CREATE INDEX sync_run_school_ix ON sync_run (school_id, status, started_at);
CREATE INDEX sync_run_started_ix ON sync_run (started_at);

-- One row per unit a run has pulled; the counts let a re-run after a crash return the stored
-- result without touching the ledger again.
CREATE TABLE work_unit (
  run_id      VARCHAR(36)  NOT NULL,
  unit_key    VARCHAR(100) NOT NULL,
  school_id   INTEGER      NOT NULL,
  class_id    INTEGER      NOT NULL,
  window_from DATE         NOT NULL,
  window_to   DATE         NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  reason      VARCHAR(1000),
  event_count INTEGER      NOT NULL DEFAULT 0,
  added       INTEGER      NOT NULL DEFAULT 0,
  changed     INTEGER      NOT NULL DEFAULT 0,
  baseline    INTEGER      NOT NULL DEFAULT 0,
  missing     INTEGER      NOT NULL DEFAULT 0,
  finished_at TIMESTAMP,
  CONSTRAINT work_unit_pk PRIMARY KEY (run_id, unit_key),
  CONSTRAINT work_unit_run_fk FOREIGN KEY (run_id) REFERENCES sync_run (id),
  CONSTRAINT work_unit_status_ck CHECK (status IN ('PLANNED', 'DONE', 'INCOMPLETE'))
);

-- Append-only: rows are inserted, never updated or deleted; each hash covers prev_hash and the
-- row's fields, so an edit of stored history breaks the chain at that seq.
CREATE TABLE ledger_event (
  school_id      INTEGER       NOT NULL,
  seq            BIGINT        NOT NULL,
  run_id         VARCHAR(36)   NOT NULL,
  unit_key       VARCHAR(100)  NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  entry_key      VARCHAR(200)  NOT NULL,
  class_id       INTEGER       NOT NULL,
  lesson_date    DATE,
  subject        VARCHAR(300),
  student_id     INTEGER,
  value_text     VARCHAR(20000),
  ais_entered_at TIMESTAMP,
  first_seen_at  TIMESTAMP     NOT NULL,
  change         VARCHAR(10)   NOT NULL,
  prev_hash      VARCHAR(64)   NOT NULL,
  hash           VARCHAR(64)   NOT NULL,
  CONSTRAINT ledger_event_pk PRIMARY KEY (school_id, seq),
  CONSTRAINT ledger_event_run_fk FOREIGN KEY (run_id) REFERENCES sync_run (id),
  CONSTRAINT ledger_event_change_ck CHECK (change IN ('ADDED', 'CHANGED', 'DELETED', 'BASELINE'))
);

-- The history of one entry (audits of retroactive changes).
CREATE INDEX ledger_event_entry_ix ON ledger_event (school_id, entry_key);
-- "Has this school any events from another run?" (the silent baseline check).
CREATE INDEX ledger_event_run_ix ON ledger_event (school_id, run_id);

-- The last seq and hash per school. Appends lock this row (SELECT ... FOR UPDATE), which
-- serialises writers of one school without serialising different schools.
CREATE TABLE ledger_head (
  school_id INTEGER     NOT NULL,
  seq       BIGINT      NOT NULL,
  hash      VARCHAR(64) NOT NULL,
  CONSTRAINT ledger_head_pk PRIMARY KEY (school_id)
);

-- Current state per entry, derived from the events; the view queries and the next diff read.
-- first_seen_at is when the gateway first saw the entry (reset when a deleted entry reappears);
-- last_seq points at the event that holds the current state.
CREATE TABLE entry_state (
  school_id      INTEGER        NOT NULL,
  entry_key      VARCHAR(200)   NOT NULL,
  kind           VARCHAR(16)    NOT NULL,
  class_id       INTEGER        NOT NULL,
  lesson_date    DATE,
  subject        VARCHAR(300),
  student_id     INTEGER,
  value_text     VARCHAR(20000),
  ais_entered_at TIMESTAMP,
  first_seen_at  TIMESTAMP      NOT NULL,
  last_seq       BIGINT         NOT NULL,
  missing_count  INTEGER        NOT NULL DEFAULT 0,
  deleted        BOOLEAN        NOT NULL DEFAULT FALSE,
  CONSTRAINT entry_state_pk PRIMARY KEY (school_id, entry_key)
);

-- The scope of a work unit: one class over a window of lesson dates.
CREATE INDEX entry_state_scope_ix ON entry_state (school_id, class_id, lesson_date);
