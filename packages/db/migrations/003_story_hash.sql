-- A fingerprint of the story (normalized body paragraphs, see src/write/story.ts): a syndicated copy
-- of an article already stored is reported as such rather than stored and counted twice. NULL for
-- bodies too short to tell apart, and for rows stored before this column (re-parsing fills it).
ALTER TABLE articles ADD COLUMN story_hash text;
CREATE UNIQUE INDEX articles_story_hash_key ON articles (story_hash);
