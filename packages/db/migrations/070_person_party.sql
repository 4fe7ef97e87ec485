-- A person's political party, as the text ties it to them ("(D-Ore.)", "Libertarian nominee",
-- "X, a Republican"): on the person (the latest an article gave) and per article.
ALTER TABLE people ADD COLUMN IF NOT EXISTS party text;
ALTER TABLE article_people ADD COLUMN IF NOT EXISTS party text;
CREATE INDEX IF NOT EXISTS people_party_idx ON people (lower(party)) WHERE party IS NOT NULL;
