-- A message's arguments (job reasons, notices) are now kept as Jackson writes the typed records
-- (core.model.command.MessageArgument): the type as a property of its own beside the value.
--   before: [{"text":"KAA Gent - KV Mechelen"},{"number":3},{"kickoff":"2026-11-28T20:45"}]
--   after:  [{"type":"text","value":"KAA Gent - KV Mechelen"},{"type":"count","value":3},
--            {"type":"kickoff","value":{"date":"2026-11-28","time":"20:45"}}]
-- A tag can only follow '{' outside a JSON string (inside one, a quote is escaped), so the
-- replacements never touch a text argument's value; kickoffs go last, as their new value is an
-- object with a "date" of its own. The columns grow by the room the longer form
-- needs; new rows are still kept to 8000 characters.
ALTER TABLE job_executions ALTER COLUMN reason_args SET DATA TYPE VARCHAR(8400);
ALTER TABLE notices ALTER COLUMN args SET DATA TYPE VARCHAR(8400);

UPDATE job_executions SET reason_args =
    REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(reason_args,
        '\{\s*"(text|date|time|dateTime|alertKind|language)"\s*:', '{"type":"$1","value":'),
        '\{\s*"number"\s*:', '{"type":"count","value":'),
        '\{\s*"kickoff"\s*:\s*"(\d{4}-\d{2}-\d{2})T([0-9:.]+)"\s*\}', '{"type":"kickoff","value":{"date":"$1","time":"$2"}}'),
        '\{\s*"kickoff"\s*:\s*"(\d{4}-\d{2}-\d{2})"\s*\}', '{"type":"kickoff","value":{"date":"$1","time":null}}')
WHERE reason_args IS NOT NULL;

UPDATE notices SET args =
    REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(args,
        '\{\s*"(text|date|time|dateTime|alertKind|language)"\s*:', '{"type":"$1","value":'),
        '\{\s*"number"\s*:', '{"type":"count","value":'),
        '\{\s*"kickoff"\s*:\s*"(\d{4}-\d{2}-\d{2})T([0-9:.]+)"\s*\}', '{"type":"kickoff","value":{"date":"$1","time":"$2"}}'),
        '\{\s*"kickoff"\s*:\s*"(\d{4}-\d{2}-\d{2})"\s*\}', '{"type":"kickoff","value":{"date":"$1","time":null}}')
WHERE args IS NOT NULL;
