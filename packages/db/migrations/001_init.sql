-- whosaid core schema. PostgreSQL 15 dialect (PGlite is 18): generated columns are STORED.

CREATE TABLE sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_hash text NOT NULL UNIQUE,
  url text,
  source text,
  source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
  title text,
  published_at date,
  authors text[] NOT NULL DEFAULT '{}',
  read_time integer,
  language text NOT NULL DEFAULT 'und',
  format text NOT NULL,
  -- ParsedArticle.text: every offset below refers to it.
  body text NOT NULL,
  -- The raw input when it differs from body (HTML), kept so that re-parsing needs nothing else.
  input text,
  paragraphs jsonb NOT NULL DEFAULT '[]',
  captions jsonb NOT NULL DEFAULT '[]',
  related_stories jsonb NOT NULL DEFAULT '[]',
  footer text[] NOT NULL DEFAULT '{}',
  warnings text[] NOT NULL DEFAULT '{}',
  -- The whole ParsedArticle except `text` (which is body), for re-parse comparisons and debugging.
  parsed jsonb NOT NULL,
  parser_version text NOT NULL,
  schema_version integer NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  parsed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_idx ON articles (published_at DESC NULLS LAST, ingested_at DESC);
CREATE INDEX articles_ingested_idx ON articles (ingested_at DESC);
CREATE INDEX articles_source_idx ON articles (source_id);
CREATE INDEX articles_url_idx ON articles (url);

-- One row per real person across all articles.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- Normalized name (lower case, no accents or punctuation) used for identity resolution.
  name_key text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  alias_keys text[] NOT NULL DEFAULT '{}',
  country text,
  category text CHECK (category IN ('government', 'military', 'expert', 'media', 'other')),
  is_official boolean NOT NULL DEFAULT false,
  role text,
  organization text,
  wikidata_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX people_wikidata_uq ON people (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX people_name_key_idx ON people (name_key);
CREATE INDEX people_alias_keys_idx ON people USING gin (alias_keys);
CREATE INDEX people_country_idx ON people (country);
CREATE INDEX people_category_idx ON people (category);
CREATE INDEX people_official_idx ON people (is_official) WHERE is_official;
CREATE INDEX people_organization_idx ON people (lower(organization));

-- Roles accumulate: one row per role seen, with the article that showed it.
CREATE TABLE person_roles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role text NOT NULL,
  organization text,
  country text,
  valid_from date,
  valid_to date,
  article_id uuid REFERENCES articles (id) ON DELETE CASCADE,
  evidence text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX person_roles_uq
  ON person_roles (person_id, lower(role), coalesce(lower(organization), ''), article_id);
CREATE INDEX person_roles_article_idx ON person_roles (article_id);

-- A person as seen in one article (the parser's local id, and what that article says of them).
CREATE TABLE article_people (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text,
  organization text,
  country text,
  category text,
  is_official boolean NOT NULL DEFAULT false,
  mention_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_people_person_idx ON article_people (person_id, article_id);

CREATE TABLE mentions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  kind text NOT NULL,
  text text NOT NULL
);
CREATE INDEX mentions_article_idx ON mentions (article_id, start_offset);
CREATE INDEX mentions_person_idx ON mentions (person_id);

CREATE TABLE quotes (
  -- Derived from (article, start, end), so a quote keeps its id when the article is re-parsed.
  id uuid PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  statement_id text NOT NULL,
  local_id text NOT NULL,
  text text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
  speaker_id uuid REFERENCES people (id) ON DELETE SET NULL,
  speaker_label text,
  speaker_country text,
  speaker_mention jsonb,
  cue text,
  cue_lemma text,
  channel text,
  stated_at date,
  paragraph integer NOT NULL DEFAULT 0,
  -- True when a user correction set the speaker (kept over the parser's choice on re-parse).
  speaker_corrected boolean NOT NULL DEFAULT false,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX quotes_search_idx ON quotes USING gin (search);
CREATE INDEX quotes_speaker_idx ON quotes (speaker_id, stated_at DESC);
CREATE INDEX quotes_kind_idx ON quotes (kind);
CREATE INDEX quotes_article_idx ON quotes (article_id, start_offset);
CREATE INDEX quotes_stated_idx ON quotes (stated_at DESC, id);
CREATE INDEX quotes_speaker_country_idx ON quotes (speaker_country) WHERE speaker_country IS NOT NULL;

-- IPTC Media Topics.
CREATE TABLE topics (
  id text PRIMARY KEY,
  label text NOT NULL,
  path text[] NOT NULL DEFAULT '{}',
  parent_id text
);
CREATE INDEX topics_parent_idx ON topics (parent_id);
CREATE INDEX topics_label_idx ON topics (lower(label));

CREATE TABLE article_topics (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  topic_id text NOT NULL REFERENCES topics (id),
  score real NOT NULL,
  PRIMARY KEY (article_id, topic_id)
);
CREATE INDEX article_topics_topic_idx ON article_topics (topic_id);

CREATE TABLE quote_topics (
  quote_id uuid NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  topic_id text NOT NULL REFERENCES topics (id),
  score real NOT NULL,
  PRIMARY KEY (quote_id, topic_id)
);
CREATE INDEX quote_topics_topic_idx ON quote_topics (topic_id, quote_id);

CREATE TABLE places (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL,
  kind text NOT NULL,
  country text
);
CREATE UNIQUE INDEX places_uq ON places (name_key, kind, coalesce(country, ''));
CREATE INDEX places_country_idx ON places (country);

CREATE TABLE article_places (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  place_id uuid NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  mentions jsonb NOT NULL DEFAULT '[]',
  mention_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, place_id)
);
CREATE INDEX article_places_place_idx ON article_places (place_id);
