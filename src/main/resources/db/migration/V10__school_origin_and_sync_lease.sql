-- Where each school's data came from, and who is syncing a school right now.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL. Times are UTC (the gateway's clock).

-- The AIS a school was first synced from: its origin URL (scheme://host[:port][/path], lower-case,
-- no trailing slash) or 'embedded mock'. Written by the school's first sync; a later sync from
-- another origin is refused, so the embedded mock never writes a fake school into a real ledger.
CREATE TABLE school_origin (
  school_id   INTEGER       NOT NULL,
  origin      VARCHAR(1000) NOT NULL,
  recorded_at TIMESTAMP     NOT NULL,
  CONSTRAINT school_origin_pk PRIMARY KEY (school_id)
);

-- The run lock: at most one sync per school across processes. The holder renews expires_at while
-- its run lasts and deletes the row at the end; a row whose expires_at has passed (or whose holder
-- process on this host is gone) is taken over by the next sync.
CREATE TABLE sync_lease (
  school_id   INTEGER      NOT NULL,
  holder      VARCHAR(200) NOT NULL,
  acquired_at TIMESTAMP    NOT NULL,
  expires_at  TIMESTAMP    NOT NULL,
  CONSTRAINT sync_lease_pk PRIMARY KEY (school_id)
);

-- Schools synced before this table existed: their origin is unknown. The first sync after the
-- upgrade records its origin for them; until then the embedded mock is not started over them.
INSERT INTO school_origin (school_id, origin, recorded_at)
  SELECT school_id, 'unknown (synced before V10)', MIN(started_at) FROM sync_run GROUP BY school_id;
