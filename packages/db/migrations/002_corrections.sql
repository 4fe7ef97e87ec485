-- User corrections. They refer to spans of an article's body and to people, never to rows the
-- parser recreates, so they survive re-parsing: ingest and re-parse apply them again.

-- Quote corrections, matched to quotes by their span (or, failing that, their exact text).
CREATE TABLE quote_corrections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  quote_text text NOT NULL,
  -- 'reassign_speaker': the quote's speaker is speaker_id (or speaker_label when no person);
  -- 'not_quote': the span is not a quote and must not be stored as one.
  action text NOT NULL CHECK (action IN ('reassign_speaker', 'not_quote')),
  speaker_id uuid REFERENCES people (id) ON DELETE CASCADE,
  speaker_label text,
  note text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX quote_corrections_span_uq ON quote_corrections (article_id, start_offset, end_offset, action);

-- A merged-away person: identity resolution follows these to the surviving person.
CREATE TABLE person_merges (
  from_person_id uuid PRIMARY KEY,
  into_person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  from_name text NOT NULL,
  from_name_key text NOT NULL,
  from_wikidata_id text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_merges_into_idx ON person_merges (into_person_id);
CREATE INDEX person_merges_wikidata_idx ON person_merges (from_wikidata_id) WHERE from_wikidata_id IS NOT NULL;
CREATE INDEX person_merges_name_idx ON person_merges (from_name_key);

-- "In this article, the person named X is person P": how a split (or any manual identification)
-- is kept. Ingest and re-parse use it before any automatic matching.
CREATE TABLE person_assignments (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name_key text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, name_key)
);
CREATE INDEX person_assignments_person_idx ON person_assignments (person_id);
