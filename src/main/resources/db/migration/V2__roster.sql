-- The class rosters the last sync saw (student ids only: names stay in the AIS), for status counts
-- and for the audits' per-student rules.
CREATE TABLE roster (
  school_id   INTEGER   NOT NULL,
  class_id    INTEGER   NOT NULL,
  class_name  VARCHAR(32) NOT NULL,
  student_id  INTEGER   NOT NULL,
  run_id      VARCHAR(36) NOT NULL,
  CONSTRAINT roster_pk PRIMARY KEY (school_id, class_id, student_id)
);

-- Codes the value tables in mappings/ do not know: each one is a data-quality finding later.
CREATE TABLE data_quality_issue (
  run_id      VARCHAR(36)  NOT NULL,
  unit_key    VARCHAR(128) NOT NULL,
  code_table  VARCHAR(64)  NOT NULL,
  code        VARCHAR(256) NOT NULL,
  what        VARCHAR(512) NOT NULL,
  CONSTRAINT data_quality_issue_pk PRIMARY KEY (run_id, unit_key, code_table, code)
);
