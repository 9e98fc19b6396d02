-- The audits (design.md §4): one row per audit run with the rule-set versions and the completeness
-- it saw, and its findings. Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
-- started_at and finished_at are UTC; lesson_date is the school's calendar day.

CREATE TABLE audit_run (
  id                 VARCHAR(36)   NOT NULL,
  school_id          INTEGER       NOT NULL,
  sync_run_id        VARCHAR(36),
  rule_set_versions  VARCHAR(500)  NOT NULL,
  started_at         TIMESTAMP     NOT NULL,
  finished_at        TIMESTAMP     NOT NULL,
  units_done         INTEGER       NOT NULL,
  units_total        INTEGER       NOT NULL,
  incomplete_classes VARCHAR(2000) NOT NULL,
  findings           INTEGER       NOT NULL,
  CONSTRAINT audit_run_pk PRIMARY KEY (id)
);

-- The newest audit of a school.
CREATE INDEX audit_run_school_ix ON audit_run (school_id, finished_at);

CREATE TABLE audit_finding (
  run_id           VARCHAR(36)   NOT NULL,
  seq              INTEGER       NOT NULL,
  rule_code        VARCHAR(40)   NOT NULL,
  clause           VARCHAR(20)   NOT NULL,
  severity         VARCHAR(20)   NOT NULL,
  rule_set_version VARCHAR(64)   NOT NULL,
  school_id        INTEGER       NOT NULL,
  class_id         INTEGER       NOT NULL,
  class_name       VARCHAR(32)   NOT NULL,
  subject          VARCHAR(300),
  teacher          VARCHAR(300),
  student_id       INTEGER,
  lesson_date      DATE,
  evidence         VARCHAR(4000) NOT NULL,
  message          VARCHAR(2000) NOT NULL,
  CONSTRAINT audit_finding_pk PRIMARY KEY (run_id, seq),
  CONSTRAINT audit_finding_run_fk FOREIGN KEY (run_id) REFERENCES audit_run (id),
  CONSTRAINT audit_finding_severity_ck
    CHECK (severity IN ('нарушение', 'предупреждение', 'сведения'))
);

-- The findings command filters one run by date.
CREATE INDEX audit_finding_date_ix ON audit_finding (run_id, lesson_date);

-- The audit reads the few CHANGED and DELETED events of a school's history (clause 2.3.3).
CREATE INDEX ledger_event_change_ix ON ledger_event (school_id, change);
