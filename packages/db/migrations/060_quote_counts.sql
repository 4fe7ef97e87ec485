-- Quote counts kept up to date per speaker and kind, so that totalCount over filters on the
-- speaker (country, category, official, organization, name, id) and kind is a sum over a few
-- hundred rows instead of a count over millions of quotes. Exact: statement-level triggers apply
-- every insert, delete and update of quotes (including ON DELETE SET NULL from people).

CREATE TABLE person_quote_counts (
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (person_id, kind)
);

-- Quotes without a named speaker ("a senior official"), by the country the parser gave them
-- ('' when none).
CREATE TABLE unnamed_quote_counts (
  country text NOT NULL,
  kind text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (country, kind)
);

CREATE FUNCTION quote_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Sorted, so that concurrent writers lock counter rows in the same order.
  INSERT INTO person_quote_counts AS c (person_id, kind, n)
    SELECT speaker_id, kind, count(*) FROM new_rows WHERE speaker_id IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, kind) DO UPDATE SET n = c.n + excluded.n;
  INSERT INTO unnamed_quote_counts AS c (country, kind, n)
    SELECT coalesce(speaker_country, ''), kind, count(*) FROM new_rows WHERE speaker_id IS NULL
    GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (country, kind) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;

CREATE FUNCTION quote_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE person_quote_counts c SET n = c.n - d.n
  FROM (SELECT speaker_id, kind, count(*) AS n FROM old_rows WHERE speaker_id IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2) d
  WHERE c.person_id = d.speaker_id AND c.kind = d.kind;
  UPDATE unnamed_quote_counts c SET n = c.n - d.n
  FROM (SELECT coalesce(speaker_country, '') AS country, kind, count(*) AS n FROM old_rows
        WHERE speaker_id IS NULL GROUP BY 1, 2 ORDER BY 1, 2) d
  WHERE c.country = d.country AND c.kind = d.kind;
  RETURN NULL;
END $$;

CREATE FUNCTION quote_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose speaker, country or kind changed move between counters.
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.speaker_id, o.speaker_country, o.kind) IS DISTINCT FROM
                   (n.speaker_id, n.speaker_country, n.kind)) THEN
    UPDATE person_quote_counts c SET n = c.n - d.n
    FROM (SELECT speaker_id, kind, count(*) AS n FROM old_rows WHERE speaker_id IS NOT NULL
          GROUP BY 1, 2 ORDER BY 1, 2) d
    WHERE c.person_id = d.speaker_id AND c.kind = d.kind;
    UPDATE unnamed_quote_counts c SET n = c.n - d.n
    FROM (SELECT coalesce(speaker_country, '') AS country, kind, count(*) AS n FROM old_rows
          WHERE speaker_id IS NULL GROUP BY 1, 2 ORDER BY 1, 2) d
    WHERE c.country = d.country AND c.kind = d.kind;
    INSERT INTO person_quote_counts AS c (person_id, kind, n)
      SELECT speaker_id, kind, count(*) FROM new_rows WHERE speaker_id IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (person_id, kind) DO UPDATE SET n = c.n + excluded.n;
    INSERT INTO unnamed_quote_counts AS c (country, kind, n)
      SELECT coalesce(speaker_country, ''), kind, count(*) FROM new_rows WHERE speaker_id IS NULL
      GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (country, kind) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_add();
CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_remove();
CREATE TRIGGER quotes_count_update AFTER UPDATE ON quotes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION quote_counts_move();

INSERT INTO person_quote_counts (person_id, kind, n)
  SELECT speaker_id, kind, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO unnamed_quote_counts (country, kind, n)
  SELECT coalesce(speaker_country, ''), kind, count(*) FROM quotes WHERE speaker_id IS NULL
  GROUP BY 1, 2;
