-- The settings chosen on the kiosk's admin screen. One row at most; no row, or a NULL column,
-- means "as kiosk.yaml says". The night-mode columns are set together or not at all.
CREATE TABLE kiosk_settings (
    id           INT PRIMARY KEY CHECK (id = 1),
    language     VARCHAR(2) CHECK (language IN ('nl', 'en')),
    night_on     BOOLEAN,
    night_from   TIME,
    night_until  TIME,
    night_action VARCHAR(5) CHECK (night_action IN ('DIM', 'BLANK')),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((night_on IS NULL AND night_from IS NULL AND night_until IS NULL AND night_action IS NULL)
        OR (night_on IS NOT NULL AND night_from IS NOT NULL AND night_until IS NOT NULL AND night_action IS NOT NULL))
);

-- The key/value table of V1 was never used: kiosk_settings replaces it.
DROP TABLE settings;
