-- Two of the quotes' twelve indexes no query needs, kept up to date by every quote stored:
-- - quotes_kind_idx: three values, each a large share of the quotes; a kind filter is applied while
--   walking the date index (listing) or summed from the counters (counts), never through it.
-- - quotes_speaker_idx (speaker, stated_at): quotes_speaker_newest_idx (migration 010) starts with
--   the speaker too and is the one a person's statements are listed by; it serves every
--   `speaker_id =` look-up, including the one the people foreign key's ON DELETE SET NULL makes.
DROP INDEX IF EXISTS quotes_kind_idx;
DROP INDEX IF EXISTS quotes_speaker_idx;
