-- A job's reason as a code and its arguments, so the "Remote commands" screen can word it in
-- Dutch or English; the English reason stays what the cloud is told. Executions recorded before
-- have no code and keep showing their English text.
ALTER TABLE job_executions ADD COLUMN reason_family VARCHAR(16);   -- OUTCOME, REFUSAL, FAILURE
ALTER TABLE job_executions ADD COLUMN reason_code   VARCHAR(60);   -- e.g. SNOOZED, NO_SUCH_EVENT
ALTER TABLE job_executions ADD COLUMN reason_field  VARCHAR(80);   -- the command's field a refusal names
ALTER TABLE job_executions ADD COLUMN reason_args   VARCHAR(8000); -- JSON: [{"text": "..."}, {"time": "17:19"}, ...]
ALTER TABLE job_executions ADD CONSTRAINT job_reason_code_whole CHECK (
    (reason_family IS NULL AND reason_code IS NULL AND reason_field IS NULL AND reason_args IS NULL)
    OR (reason_family IS NOT NULL AND reason_code IS NOT NULL AND reason_field IS NOT NULL AND reason_args IS NOT NULL));
