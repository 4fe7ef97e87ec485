-- A statement is one unit: its pieces (a quote split by "he said", a quoted fragment inside the
-- reported clause that carries it) share statement_id, which becomes the id of the statement's head
-- piece (its longest; the earliest on a tie), so it is global and survives re-parsing when spans do.
-- Rows written before this migration kept the parser's per-article key ("s4").
UPDATE quotes q SET statement_id = h.id::text
FROM (
  SELECT DISTINCT ON (article_id, statement_id) article_id, statement_id, id
  FROM quotes
  ORDER BY article_id, statement_id, (end_offset - start_offset) DESC, start_offset
) h
WHERE q.article_id = h.article_id AND q.statement_id = h.statement_id;

ALTER TABLE quotes ALTER COLUMN statement_id TYPE uuid USING statement_id::uuid;

-- The pieces of a statement are dated as one, so that a statement sorts to one place.
UPDATE quotes q SET stated_at = h.stated_at
FROM quotes h
WHERE h.id = q.statement_id AND q.stated_at IS DISTINCT FROM h.stated_at;

-- The pieces of statements, and the newest-first keyset walk over statements.
CREATE INDEX quotes_statement_idx ON quotes (statement_id);
CREATE INDEX quotes_statement_newest_idx
  ON quotes ((coalesce(stated_at, DATE '0001-01-01')) DESC, statement_id DESC);
