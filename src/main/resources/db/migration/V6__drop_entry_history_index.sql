-- No query reads one entry's history by key: the audit reads CHANGED and DELETED events through
-- ledger_event_change_ix, and chain checks read in seq order. The index cost a random B-tree
-- insert for every event written, the largest single share of a first sync's ledger writes.
DROP INDEX ledger_event_entry_ix;
