-- Indexes the API's quote listing, filters and facets need beyond the core schema.

-- Newest-first keyset pagination and the CSV/JSONL export walk this index.
CREATE INDEX quotes_newest_idx ON quotes ((coalesce(stated_at, DATE '0001-01-01')) DESC, id DESC);
-- speakerId filter in date order.
CREATE INDEX quotes_speaker_newest_idx
  ON quotes (speaker_id, (coalesce(stated_at, DATE '0001-01-01')) DESC, id DESC);
-- source filter and facet; article listing by source.
CREATE INDEX articles_source_lower_idx ON articles (lower(source));
-- Officials by country (the most asked question).
CREATE INDEX people_country_official_idx ON people (country, is_official, category);
