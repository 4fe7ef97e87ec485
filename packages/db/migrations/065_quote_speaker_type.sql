-- What a quote's speaker is (a person, an organization speaking as one, a group) and how the text
-- names it where the quote is attributed (a name, a description, a pronoun), as the parser says:
-- "statements by government bodies" filter on the first. Null: not known (an unnamed source known
-- only by its label, or a row written before this migration and not re-parsed since).
ALTER TABLE quotes
  ADD COLUMN speaker_type text CHECK (speaker_type IN ('person', 'organization', 'group')),
  ADD COLUMN speaker_mention_kind text CHECK (speaker_mention_kind IN ('name', 'nominal', 'pronoun'));

-- A stored person is a person: the rows written before this migration that have one say so now;
-- organizations and groups among older rows appear when their article is re-parsed.
UPDATE quotes SET speaker_type = 'person' WHERE speaker_id IS NOT NULL;

-- Statements by organizations and groups, newest first, without walking every person's quote.
CREATE INDEX quotes_speaker_type_newest_idx
  ON quotes (speaker_type, (coalesce(stated_at, DATE '0001-01-01')) DESC, id DESC)
  WHERE speaker_type IN ('organization', 'group');
