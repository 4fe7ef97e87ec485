-- A quote's topics go before the quote (migration 100) only when it still has any: a re-parse
-- removes an article's quote topics in one statement first, and a DELETE that matches nothing
-- still fires quote_topics' statement triggers — once per quote, which held PGlite's thread
-- 64–205 ms per re-parsed article (no health check answered meanwhile).
CREATE OR REPLACE FUNCTION quotes_topics_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM quote_topics WHERE quote_id = OLD.id) THEN
    DELETE FROM quote_topics WHERE quote_id = OLD.id;
  END IF;
  RETURN OLD;
END $$;
