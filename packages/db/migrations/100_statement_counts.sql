-- Statement counts kept up to date per speaker and facet value, so that the facets and the
-- statement total of a filter on the speaker only (country, category, official, organization,
-- name, id; e.g. "Ukrainian officials", or no filter at all) are sums over counter rows instead of
-- a count of distinct statements over millions of quotes. A statement counts once per value any of
-- its pieces has, as facetCounts counts it. Exact: statement-level triggers on quotes and
-- quote_topics recount the statements a write touched (before and after) and apply the difference.

-- One row per named speaker, the quote's own speaker country ('' when none; the country facet
-- falls back to it when the person has none), facet and value. dim 'all' (value '') counts every
-- statement; the other dims are kind, month, speakerType, source and topic, spelled as facetCounts
-- spells their values.
CREATE TABLE person_statement_counts (
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  country text NOT NULL,
  dim text NOT NULL,
  value text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (dim, person_id, country, value)
);

-- Statements without a named speaker, by the country the parser gave them ('' when none).
CREATE TABLE unnamed_statement_counts (
  country text NOT NULL,
  dim text NOT NULL,
  value text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (dim, country, value)
);

-- The facet values of one quote (topics come from quote_topics, see quote_facts).
CREATE FUNCTION quote_facet_values(kind text, stated_at date, speaker_type text, source text)
RETURNS TABLE (dim text, value text) LANGUAGE sql STABLE AS $$
  SELECT d.dim, d.value FROM (VALUES ('all', ''), ('kind', upper(kind)),
    ('month', to_char(stated_at, 'YYYY-MM')), ('speakerType', upper(speaker_type)),
    ('source', source)) d (dim, value)
  WHERE d.value IS NOT NULL
$$;

-- Every (quote, facet value) pair with the quote's statement and speaker key.
CREATE VIEW quote_facts AS
  SELECT q.id AS quote_id, q.statement_id, q.speaker_id, coalesce(q.speaker_country, '') AS country,
    v.dim, v.value
  FROM quotes q JOIN articles a ON a.id = q.article_id
    CROSS JOIN LATERAL quote_facet_values(q.kind, q.stated_at, q.speaker_type, a.source) v
  UNION ALL
  SELECT q.id, q.statement_id, q.speaker_id, coalesce(q.speaker_country, ''), 'topic', qt.topic_id
  FROM quotes q JOIN quote_topics qt ON qt.quote_id = q.id;

CREATE TYPE statement_count_delta AS (speaker_id uuid, country text, dim text, value text, n bigint);

-- Adds counted differences to the counters, in key order (concurrent writers lock alike).
CREATE FUNCTION statement_counts_add(d statement_count_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_statement_counts AS c (person_id, country, dim, value, n)
    SELECT x.speaker_id, x.country, x.dim, x.value, sum(x.n) FROM unnest(d) x
    WHERE x.speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 3, 1, 2, 4
  ON CONFLICT (dim, person_id, country, value) DO UPDATE SET n = c.n + excluded.n;
  INSERT INTO unnamed_statement_counts AS c (country, dim, value, n)
    SELECT x.country, x.dim, x.value, sum(x.n) FROM unnest(d) x
    WHERE x.speaker_id IS NULL GROUP BY 1, 2, 3 ORDER BY 2, 1, 3
  ON CONFLICT (dim, country, value) DO UPDATE SET n = c.n + excluded.n;
$$;

-- The distinct facts of the given statements now, leaving out the quotes in `excluded` (an anti
-- join, not `<> ALL`: merging a person with 100,000 quotes passes as many of each).
CREATE FUNCTION statement_facts_now(stmts uuid[], excluded uuid[], topics boolean)
RETURNS TABLE (statement_id uuid, speaker_id uuid, country text, dim text, value text)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT f.statement_id, f.speaker_id, f.country, f.dim, f.value FROM quote_facts f
  WHERE f.statement_id = ANY(stmts) AND (topics OR f.dim <> 'topic')
    AND NOT EXISTS (SELECT 1 FROM unnest(excluded) x (id) WHERE x.id = f.quote_id)
$$;

-- after − before, summed per counter key; before = the touched statements without the changed
-- quotes, plus the changed quotes as they were (`old_facts`, as jsonb rows). Topic facts only
-- when `topics`: inserted and deleted quotes' topics are counted by the quote_topics triggers
-- (an insert of quotes and their topics may be one statement, whose triggers fire together).
CREATE FUNCTION statement_counts_apply(stmts uuid[], changed uuid[], old_facts jsonb, topics boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statement_counts_add(ARRAY(
    SELECT ROW(x.speaker_id, x.country, x.dim, x.value, sum(x.d))::statement_count_delta
    FROM (
      SELECT a.speaker_id, a.country, a.dim, a.value, 1 AS d FROM statement_facts_now(stmts, '{}', topics) a
      UNION ALL
      SELECT b.speaker_id, b.country, b.dim, b.value, -1 FROM (
        SELECT * FROM statement_facts_now(stmts, changed, topics)
        UNION
        SELECT * FROM jsonb_to_recordset(old_facts)
          AS o (statement_id uuid, speaker_id uuid, country text, dim text, value text)
      ) b
    ) x GROUP BY x.speaker_id, x.country, x.dim, x.value HAVING sum(x.d) <> 0));
END $$;

CREATE FUNCTION statement_counts_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stmts uuid[];
  changed uuid[];
  old_facts jsonb := '[]';
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.statement_id), array_agg(n.id) INTO stmts, changed FROM new_rows n;
  ELSE
    IF TG_OP = 'UPDATE' THEN
      -- Only rows whose counted columns changed move between counters.
      IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                     WHERE (o.statement_id, o.speaker_id, o.speaker_country, o.kind, o.stated_at,
                            o.speaker_type)
                       IS DISTINCT FROM (n.statement_id, n.speaker_id, n.speaker_country, n.kind,
                            n.stated_at, n.speaker_type)) THEN
        RETURN NULL;
      END IF;
      SELECT array_agg(DISTINCT s), array_agg(DISTINCT i) INTO stmts, changed FROM (
        SELECT n.statement_id, n.id FROM new_rows n UNION ALL SELECT o.statement_id, o.id FROM old_rows o
      ) x (s, i);
    ELSE
      SELECT array_agg(DISTINCT o.statement_id), array_agg(o.id) INTO stmts, changed FROM old_rows o;
    END IF;
    -- The quotes as they were; an updated quote's topics are current.
    SELECT coalesce(jsonb_agg(f), '[]') INTO old_facts FROM (
      SELECT o.statement_id, o.speaker_id, coalesce(o.speaker_country, '') AS country, v.dim, v.value
      FROM old_rows o JOIN articles a ON a.id = o.article_id
        CROSS JOIN LATERAL quote_facet_values(o.kind, o.stated_at, o.speaker_type, a.source) v
      UNION ALL
      SELECT o.statement_id, o.speaker_id, coalesce(o.speaker_country, ''), 'topic', qt.topic_id
      FROM old_rows o JOIN quote_topics qt ON qt.quote_id = o.id WHERE TG_OP = 'UPDATE'
    ) f;
  END IF;
  IF stmts IS NOT NULL THEN
    PERFORM statement_counts_apply(stmts, changed, old_facts, TG_OP = 'UPDATE');
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION statement_counts_topics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stmts uuid[];
  old_facts jsonb := '[]';
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT q.statement_id) INTO stmts
    FROM new_rows n JOIN quotes q ON q.id = n.quote_id;
    -- Before: the statements' topics without the new rows.
    SELECT coalesce(jsonb_agg(f), '[]') INTO old_facts FROM (
      SELECT DISTINCT q.speaker_id, coalesce(q.speaker_country, '') AS country, t.topic_id AS value,
        q.statement_id
      FROM quotes q JOIN quote_topics t ON t.quote_id = q.id
      WHERE q.statement_id = ANY(stmts)
        AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.quote_id = t.quote_id AND n.topic_id = t.topic_id)
    ) f;
  ELSE
    SELECT array_agg(DISTINCT q.statement_id) INTO stmts
    FROM old_rows o JOIN quotes q ON q.id = o.quote_id;
    -- Before: the statements' topics now, plus the removed rows.
    SELECT coalesce(jsonb_agg(f), '[]') INTO old_facts FROM (
      SELECT q.speaker_id, coalesce(q.speaker_country, '') AS country, t.topic_id AS value, q.statement_id
      FROM quotes q JOIN quote_topics t ON t.quote_id = q.id WHERE q.statement_id = ANY(stmts)
      UNION
      SELECT q.speaker_id, coalesce(q.speaker_country, ''), o.topic_id, q.statement_id
      FROM old_rows o JOIN quotes q ON q.id = o.quote_id
    ) f;
  END IF;
  IF stmts IS NOT NULL THEN
    PERFORM statement_counts_add(ARRAY(
      SELECT ROW(x.speaker_id, x.country, 'topic', x.value, sum(x.d))::statement_count_delta
      FROM (
        -- After: the statements' topics now (read directly: the facts view would compute every
        -- facet only to keep the topics).
        SELECT a.speaker_id, a.country, a.value, 1 AS d FROM (
          SELECT DISTINCT q.statement_id, q.speaker_id, coalesce(q.speaker_country, '') AS country,
            t.topic_id AS value
          FROM quotes q JOIN quote_topics t ON t.quote_id = q.id WHERE q.statement_id = ANY(stmts)
        ) a
        UNION ALL
        SELECT b.speaker_id, b.country, b.value, -1 FROM jsonb_to_recordset(old_facts)
          AS b (speaker_id uuid, country text, value text, statement_id uuid)
      ) x GROUP BY x.speaker_id, x.country, x.value HAVING sum(x.d) <> 0));
  END IF;
  RETURN NULL;
END $$;

-- A quote's topics go first, while the quote is there to say whose statement they counted for
-- (a cascade from quotes would remove them after the quote, too late to know).
CREATE FUNCTION quotes_topics_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM quote_topics WHERE quote_id = OLD.id;
  RETURN OLD;
END $$;

-- An article's quotes go first, while the article is there to say their source.
CREATE FUNCTION articles_quotes_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM quotes WHERE article_id = OLD.id;
  RETURN OLD;
END $$;

CREATE TRIGGER quotes_statement_count_insert AFTER INSERT ON quotes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statement_counts_quotes();
CREATE TRIGGER quotes_statement_count_delete AFTER DELETE ON quotes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statement_counts_quotes();
CREATE TRIGGER quotes_statement_count_update AFTER UPDATE ON quotes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION statement_counts_quotes();
CREATE TRIGGER quote_topics_statement_count_insert AFTER INSERT ON quote_topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statement_counts_topics();
CREATE TRIGGER quote_topics_statement_count_delete AFTER DELETE ON quote_topics
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statement_counts_topics();
CREATE TRIGGER quotes_topics_first BEFORE DELETE ON quotes
  FOR EACH ROW EXECUTE FUNCTION quotes_topics_first();
CREATE TRIGGER articles_quotes_first BEFORE DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION articles_quotes_first();

INSERT INTO person_statement_counts (person_id, country, dim, value, n)
  SELECT speaker_id, country, dim, value, count(DISTINCT statement_id) FROM quote_facts
  WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4;
INSERT INTO unnamed_statement_counts (country, dim, value, n)
  SELECT country, dim, value, count(DISTINCT statement_id) FROM quote_facts
  WHERE speaker_id IS NULL GROUP BY 1, 2, 3;
