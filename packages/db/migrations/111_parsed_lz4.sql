-- The parse of each article (`articles.parsed`, ≈ 17 KB of JSON for a news article) is compressed
-- with lz4 instead of pglz where the server has it: −5% of the batch writer's server CPU per
-- article (1.30 → 1.24 s for 400 sample articles, alternating runs, 2026-12-07, BENCHMARKS.md).
-- Only new values; stored ones keep pglz and read the same. Setting it changes no row, so it is
-- instant on any archive. PGlite is built without lz4: there the column keeps the default.
DO $$
BEGIN
  ALTER TABLE articles ALTER COLUMN parsed SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END $$;
