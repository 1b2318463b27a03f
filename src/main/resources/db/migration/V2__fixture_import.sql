-- Health of each fixture source, kept across restarts: what the status bar shows and the
-- quarantine guard's baseline (future fixtures at our venue in the last good import).
CREATE TABLE fixture_sources (
    source             VARCHAR(60)   PRIMARY KEY,
    health             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    last_attempt_at    TIMESTAMP WITH TIME ZONE,
    last_good_at       TIMESTAMP WITH TIME ZONE,
    last_good_at_venue INT           NOT NULL
);

-- A source's own match id -> our event: keeps the identity when teams or venue were unknown at first.
CREATE TABLE fixture_links (
    source    VARCHAR(60)  NOT NULL,
    source_id VARCHAR(200) NOT NULL,
    event_id  VARCHAR(120) NOT NULL,
    PRIMARY KEY (source, source_id)
);

-- Quarantined pages, kept for diagnosis (the newest few per source).
CREATE TABLE fixture_raw_pages (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    source  VARCHAR(60)   NOT NULL,
    kept_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason  VARCHAR(1000) NOT NULL,
    content CLOB          NOT NULL
);
CREATE INDEX fixture_raw_pages_by_source ON fixture_raw_pages (source, id);
