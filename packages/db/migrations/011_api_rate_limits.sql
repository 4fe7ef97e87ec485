-- Mutation counts per client for the API's rate limit, kept in the database so that every API
-- process serving it shares one limit (a client cannot multiply its allowance by the number of
-- processes behind the proxy). One row per client: its current one-minute window and count.
CREATE TABLE api_rate_windows (
  client_key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL
);
-- The sweep of windows long over.
CREATE INDEX api_rate_windows_start_idx ON api_rate_windows (window_start);
