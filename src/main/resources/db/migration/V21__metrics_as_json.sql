-- A metric window's values are kept as a JSON object, like every other stored structure:
--   before: Alive=1.0;Snoozes=2.0      after: {"Alive":1.0,"Snoozes":2.0}
-- Metric names are fixed words (core.model.MetricNames) without '=', ';' or quotes.
ALTER TABLE metric_windows ALTER COLUMN vals SET DATA TYPE VARCHAR(6000);
UPDATE metric_windows SET vals = CASE WHEN vals = '' THEN '{}'
    ELSE '{"' || REPLACE(REPLACE(vals, '=', '":'), ';', ',"') || '}' END;
