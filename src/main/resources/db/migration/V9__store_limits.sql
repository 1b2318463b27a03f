-- One row that the store health probe rewrites: it proves that the store still accepts a write.
CREATE TABLE store_probe (
    id        INT PRIMARY KEY CHECK (id = 1),
    probed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Retention removes seen notices by when they were seen, and a pruned event's source links with it.
CREATE INDEX notices_by_seen ON notices (seen_at);
CREATE INDEX fixture_links_by_event ON fixture_links (event_id);
