-- News agencies and publishers an article credits as its authors ("Reuters", "PTI"): kept apart
-- from the people in `authors`. Articles stored before this are filled when re-parsed.
ALTER TABLE articles ADD COLUMN agencies text[] NOT NULL DEFAULT '{}';
