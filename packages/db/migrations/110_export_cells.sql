-- The CSV export's per-row cost in PostgreSQL (issue 19): a quarter of a batch's CPU was
-- csv_cell's `left(v, 1) IN (…)`, six text comparisons (each looking up the collation) per cell,
-- nine cells a line. `ascii(v)` (the first character's code, 0 for '') compares integers; the
-- cells are the same (read/csv.test.ts checks them against the JavaScript oracle).
CREATE OR REPLACE FUNCTION csv_cell(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN v IS NULL THEN ''
    WHEN strpos(v, '"') > 0 OR strpos(v, ',') > 0 OR strpos(v, E'\n') > 0 OR strpos(v, E'\r') > 0
      THEN '"' || replace(
        CASE WHEN ascii(v) IN (61, 43, 45, 64, 9, 13) THEN '''' || v ELSE v END,
        '"', '""') || '"'
    WHEN ascii(v) IN (61, 43, 45, 64, 9, 13) THEN '''' || v
    ELSE v END
$$;

-- Named in a query's WHERE (it is `true`), it keeps the planner from parallel workers for that
-- query: the planner decides whether a query may run in parallel before it inlines functions,
-- and one PARALLEL UNSAFE call anywhere rules them out. The export reads keyset batches of 1,000
-- quotes; over millions of quotes the planner gave each batch two workers, whose start took 76 of
-- a batch's 112 ms on a busy machine. Before, each batch ran in a transaction of its own to
-- `SET LOCAL max_parallel_workers_per_gather = 0`: four round trips per batch instead of one.
CREATE FUNCTION without_parallel_workers() RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL UNSAFE
  AS $$ SELECT true $$;
