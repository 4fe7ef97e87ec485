-- Article URLs are links: anything but http(s) (javascript:, data:, …) stored before ingest
-- refused them is dropped, so that no export or page links to it.
UPDATE articles SET url = NULL WHERE url IS NOT NULL AND url !~* '^https?://[^/[:space:]]';
