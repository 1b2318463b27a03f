-- The pairing of each imported match (competition, home and away team, normalized): with its date
-- it recognises the match after a move, and tells apart two matches of the same pairing in one
-- season (regular season and play-off). Events stored before have no row: the import recognises
-- them once by their id (pairing and season) and writes their row then.
CREATE TABLE fixture_pairings (
    event_id    VARCHAR(120) PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    competition VARCHAR(120) NOT NULL,
    home_team   VARCHAR(120) NOT NULL,
    away_team   VARCHAR(120) NOT NULL
);
