-- Corrections made where the mistake is seen (issue 17): a statement's kind, a person's facts,
-- and a record of splits, each with who made it and when so it can be shown and undone.

ALTER TABLE quote_corrections DROP CONSTRAINT IF EXISTS quote_corrections_action_check;
ALTER TABLE quote_corrections ADD CONSTRAINT quote_corrections_action_check
  CHECK (action IN ('reassign_speaker', 'not_quote', 'set_kind'));
-- 'set_kind': the statement's kind is `kind` whatever the parser says.
ALTER TABLE quote_corrections ADD COLUMN kind text CHECK (kind IN ('direct', 'partial', 'indirect'));

-- A person's fact set by hand; ingest and re-parse apply it again after they update the person.
-- `previous` is the value before the edit, restored when the edit is undone.
CREATE TABLE person_edits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  field text NOT NULL CHECK (field IN ('role', 'country', 'category', 'is_official')),
  value text,
  previous text,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (person_id, field)
);

-- A split: the articles moved from one person to a new one (undone by merging them back).
CREATE TABLE person_splits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  article_ids uuid[] NOT NULL,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_splits_person_idx ON person_splits (person_id);
CREATE INDEX person_splits_created_idx ON person_splits (created_person_id);
