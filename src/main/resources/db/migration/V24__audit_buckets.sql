-- The audit's compact copy of each class's live entries (EntryBuckets): reading 1.5 million
-- entry_state rows a night cost more than all the rules. A class's entries are kept in buckets of
-- a month of lesson dates ('2025-09'; undated entries in 'undated'), each the encoded entries in the
-- order the audit reads them, as of the ledger's event built_seq. After a sync the audit reads again
-- only the buckets the new events touched and decodes the rest. A cache: dropping both tables'
-- rows loses nothing (the next audit reads every class from entry_state and writes them again).
CREATE TABLE audit_class_snapshot (
  school_id  INT    NOT NULL,
  class_id   INT    NOT NULL,
  built_seq  BIGINT NOT NULL,
  CONSTRAINT audit_class_snapshot_pk PRIMARY KEY (school_id, class_id)
);

CREATE TABLE audit_class_bucket (
  school_id  INT        NOT NULL,
  class_id   INT        NOT NULL,
  bucket     VARCHAR(8) NOT NULL,
  entries    BYTEA      NOT NULL,
  CONSTRAINT audit_class_bucket_pk PRIMARY KEY (school_id, class_id, bucket)
);
