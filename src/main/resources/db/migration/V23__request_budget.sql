-- The request rate of each AIS host shared by all replicas (netcity.budget.mode: shared): the
-- Bucket4j token bucket of the host ("host:port"), its state serialised by Bucket4j and read and
-- written under SELECT ... FOR UPDATE (netcity.HostRate). The in-flight slots are PostgreSQL
-- advisory locks and need no table. Unused (and empty) on H2 and in local mode.
CREATE TABLE request_budget_bucket (
  id VARCHAR(255) PRIMARY KEY,
  state BYTEA
);
