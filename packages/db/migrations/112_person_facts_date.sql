-- The date of the article whose role, organization and party a person row holds: a later
-- article's facts replace them, an earlier one's only fill blanks (ingest order is no guide to
-- which facts are current: archives arrive in any order).
ALTER TABLE people ADD COLUMN IF NOT EXISTS facts_date timestamptz;
