-- A lobby notice as a code and its arguments (NoticeCode), so the screen can word it in Dutch or
-- English; the English text stays what logs and the cloud read. Notices stored before have no
-- code and keep showing their English text.
ALTER TABLE notices ADD COLUMN code VARCHAR(60);   -- e.g. KICKOFF_MOVED, CANCELLED
ALTER TABLE notices ADD COLUMN args VARCHAR(8000); -- JSON: [{"text": "..."}, {"kickoff": "2026-11-28T20:45"}, {"time": "15:30"}]
ALTER TABLE notices ADD CONSTRAINT notice_code_whole CHECK (
    (code IS NULL AND args IS NULL) OR (code IS NOT NULL AND args IS NOT NULL));
