-- The silent baseline (design.md §2): a school's first run records without alerting. The head row
-- now names the run that wrote the school's first events, so "is this the baseline run?" is one
-- read of the locked head instead of a search of ledger_event, whose run index goes away with it
-- (one index less to maintain for every event written).
ALTER TABLE ledger_head ADD COLUMN first_run_id VARCHAR(36);

UPDATE ledger_head SET first_run_id =
  (SELECT e.run_id FROM ledger_event e WHERE e.school_id = ledger_head.school_id AND e.seq = 1);

DROP INDEX ledger_event_run_ix;
