-- Feeds to follow (issue 20): RSS 2.0, Atom and news sitemaps, each polled on its own interval by
-- the job queue's workers (pg-boss, in its own schema "pgboss"). Everything here is whosaid's own
-- record of the sources; the queue's jobs live in pg-boss's tables.
CREATE TABLE feed_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL UNIQUE,
  every_seconds integer NOT NULL CHECK (every_seconds >= 1),
  paused boolean NOT NULL DEFAULT false,
  -- What the feed turned out to be on its latest successful poll: rss, atom or sitemap.
  kind text,
  -- Validators of the latest 200 answer, sent back as If-None-Match / If-Modified-Since.
  etag text,
  last_modified text,
  last_polled_at timestamptz,
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  -- ok, not_modified, error, robots, rate_limited
  last_status text,
  last_error text,
  error_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every article URL a feed has listed, so that a poll enqueues only URLs it has not seen before.
CREATE TABLE feed_entries (
  source_id uuid NOT NULL REFERENCES feed_sources (id) ON DELETE CASCADE,
  url text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, url)
);

-- Where a stored article came from: the feed that listed it, the page fetched, when.
CREATE TABLE article_origins (
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  url text NOT NULL,
  source_id uuid REFERENCES feed_sources (id) ON DELETE SET NULL,
  fetched_at timestamptz NOT NULL,
  PRIMARY KEY (article_id, url)
);
CREATE INDEX article_origins_source_idx ON article_origins (source_id);

-- The dead-letter list: jobs that failed every retry, with the reason of the last attempt.
CREATE TABLE ingest_failures (
  id bigserial PRIMARY KEY,
  job_kind text NOT NULL,
  url text NOT NULL,
  source_id uuid REFERENCES feed_sources (id) ON DELETE CASCADE,
  reason text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_failures_source_idx ON ingest_failures (source_id, failed_at DESC);

-- Hosts that answered 429: no request goes to them before `until` (their Retry-After).
CREATE TABLE feed_host_backoff (
  host text PRIMARY KEY,
  until timestamptz NOT NULL
);
