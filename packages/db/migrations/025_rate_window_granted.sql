-- The rate limit counts each mutation field a request runs, and only the ones it lets run: a
-- request asks for several units, gets the longest prefix that fits, and `granted` returns how
-- many units that was from the same atomic upsert that counts them.
ALTER TABLE api_rate_windows ADD COLUMN granted integer NOT NULL DEFAULT 0;
