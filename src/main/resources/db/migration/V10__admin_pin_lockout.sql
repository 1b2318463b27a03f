-- The admin PIN's wrong tries and lockout (core.model.PinLockout), one row: a restart neither
-- forgets a lockout nor starts the ladder (5 min, 15, 60, 4 h, 24 h) again. The PIN itself is
-- never stored.
CREATE TABLE admin_pin_lockout (
    id           INT PRIMARY KEY CHECK (id = 1),
    failures     INT NOT NULL CHECK (failures >= 0),
    lockouts     INT NOT NULL CHECK (lockouts >= 0),
    locked_until TIMESTAMP WITH TIME ZONE
);
