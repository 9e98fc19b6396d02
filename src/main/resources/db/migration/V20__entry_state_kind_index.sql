-- The few entries of a kind that documents read for a whole school (TERM: a class's terms, a few
-- hundred rows; TERM_MARK: the term and year marks) without walking the school's whole entry
-- state (1.5 million rows for 2000 students: the term report took 4 s to find its term's dates).
CREATE INDEX entry_state_kind_ix ON entry_state (school_id, kind, class_id);
