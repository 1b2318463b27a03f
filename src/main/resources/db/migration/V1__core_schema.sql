-- Events: home matches, other events at the venue and custom events.
CREATE TABLE events (
    id           VARCHAR(120) PRIMARY KEY,
    title        VARCHAR(120) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    competition  VARCHAR(120),
    opponent     VARCHAR(120),
    venue        VARCHAR(120) NOT NULL,
    start_date   DATE         NOT NULL,
    start_time   TIME,                      -- NULL: time to be confirmed (TBC)
    end_time     TIME,
    status       VARCHAR(20)  NOT NULL,
    source       VARCHAR(60)  NOT NULL,
    muted        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX events_by_start ON events (start_date);

-- Alerts of an event; their state is derived from these instants and the clock.
CREATE TABLE alerts (
    id            VARCHAR(160) PRIMARY KEY,
    event_id      VARCHAR(120) NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    rule          VARCHAR(40),                -- NULL: added by a person
    pinned        BOOLEAN      NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    clear_by      TIMESTAMP WITH TIME ZONE NOT NULL,
    snoozed_until TIMESTAMP WITH TIME ZONE,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    cancelled     BOOLEAN      NOT NULL
);
CREATE INDEX alerts_by_event ON alerts (event_id);
CREATE INDEX alerts_by_end ON alerts (ends_at);

-- Notices for the lobby ("kickoff moved ..."), kept until tapped away.
CREATE TABLE notices (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id   VARCHAR(120),
    text       VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE
);

-- Who did what, when: touch screen, remote job, import, system.
CREATE TABLE audit_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_kind VARCHAR(20)  NOT NULL,
    actor_ref  VARCHAR(200) NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    event_id   VARCHAR(120),
    detail     VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_by_time ON audit_log (at);

-- Small key/value settings changed at run time (language, ...).
CREATE TABLE settings (
    setting_key   VARCHAR(80) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
