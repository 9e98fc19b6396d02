-- The first seq a verification recomputed: 1 for the whole chain (every earlier verification),
-- above 1 when the audit checked only the events after an earlier intact verification.
ALTER TABLE ledger_verification ADD COLUMN verified_from BIGINT DEFAULT 1 NOT NULL;
