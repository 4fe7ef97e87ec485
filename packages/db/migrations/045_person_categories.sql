-- Person categories that tell public office apart (issue 15): the parser now writes government,
-- legislature, military, judiciary, international (officials of public office), party, business,
-- civil_society, expert, media, public (ordinary people) and unknown. "other" becomes "unknown".
ALTER TABLE people DROP CONSTRAINT IF EXISTS people_category_check;
UPDATE people SET category = 'unknown' WHERE category = 'other';
UPDATE article_people SET category = 'unknown' WHERE category = 'other';
ALTER TABLE people ADD CONSTRAINT people_category_check CHECK (category IN ('government',
  'legislature', 'military', 'judiciary', 'international', 'party', 'business', 'civil_society',
  'expert', 'media', 'public', 'unknown'));
