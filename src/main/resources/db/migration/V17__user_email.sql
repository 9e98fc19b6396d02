-- An e-mail address per account (README "Security"): where the scheduled reports go (routes/
-- weekly-reports: the deputy director's compliance report, the teachers' standard reports). Null =
-- the account receives no e-mail.
ALTER TABLE gateway_user ADD COLUMN email VARCHAR(254);
