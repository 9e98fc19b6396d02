-- The archive's integrity checks (regulation 2.5): the newest check of each snapshot copy, so the
-- scheduled check can spread the whole archive over its cycle (oldest checked first) and health
-- can report a copy found damaged. The snapshots themselves live in the storage locations, not
-- here: the archive stays readable without this database. checked_at is UTC.
CREATE TABLE archive_check (
  snapshot_id VARCHAR(200)  NOT NULL,
  location    VARCHAR(1000) NOT NULL,
  checked_at  TIMESTAMP     NOT NULL,
  outcome     VARCHAR(16)   NOT NULL,
  detail      VARCHAR(2000),
  CONSTRAINT archive_check_pk PRIMARY KEY (snapshot_id, location),
  CONSTRAINT archive_check_outcome_ck CHECK (outcome IN ('INTACT', 'REPAIRED', 'DAMAGED'))
);
