-- Article ids in time order (the UUIDv7 layout: 48 bits of Unix milliseconds, then random bits),
-- so that an archive's newest rows share index pages. With random (v4) ids every new article, and
-- every row keyed by it (quotes, their topics, people links, mentions, places), wrote into a random
-- page of each index: at a million articles those pages no longer fit the buffer cache and each
-- insert read one back from disk. Quote and statement ids are derived from their article's id
-- (src/write/keys.ts), so they follow it. PostgreSQL 15 has no uuidv7(): a v4 uuid takes the
-- clock in its first six bytes and its version nibble becomes 7 (bits 52 and 53 set).
-- Ids stored before keep their values.
CREATE FUNCTION time_ordered_uuid() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

ALTER TABLE articles ALTER COLUMN id SET DEFAULT time_ordered_uuid();
