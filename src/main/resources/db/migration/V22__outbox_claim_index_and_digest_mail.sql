-- The dispatch claims each channel's due rows on its own (Dispatcher: one loop per channel):
--   WHERE status = 'PENDING' AND channel = ? AND due_at <= ? ... ORDER BY due_at, id LIMIT ?
-- This index serves it (equality on status and channel, the range and the order on due_at, id),
-- and the per-channel counts of `notify status`; it replaces V15's (status, due_at).
CREATE INDEX notification_outbox_claim_ix ON notification_outbox (status, channel, due_at, id);
DROP INDEX notification_outbox_due_ix;

-- A parent's daily cap counts his messages per channel falling due in a day (OutboxRows.dueBetween,
-- once per message stored): without this index each count read the whole outbox.
CREATE INDEX notification_outbox_parent_ix ON notification_outbox (parent_id, channel, due_at);

-- The class teachers' digests are e-mailed (route class-digest): UTC time the SMTP server accepted
-- the digest's mail; null = not mailed (yet). Digests stored before this version stay unmailed and
-- are sent only when made within the last week (ClassDigestMails).
ALTER TABLE class_digest ADD COLUMN mailed_at TIMESTAMP;
