-- Remote commands (AWS IoT job executions), recorded in the same transaction as their effect so
-- that a redelivered execution is never applied twice.
CREATE TABLE job_executions (
    job_id           VARCHAR(64)   NOT NULL,
    execution_number BIGINT        NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    operation        VARCHAR(40)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,   -- IN_PROGRESS, SUCCEEDED, REJECTED, FAILED
    field            VARCHAR(80)   NOT NULL,   -- the field a rejection is about, '' otherwise
    reason           VARCHAR(1000) NOT NULL,
    reported         BOOLEAN       NOT NULL,   -- the cloud accepted the final status
    PRIMARY KEY (job_id, execution_number)
);
CREATE INDEX job_executions_by_time ON job_executions (received_at);

-- Usage metrics per window: the outbox for CloudWatch and the history for the metrics screen.
-- A window cut short by a restart is a row of its own with the same start.
CREATE TABLE metric_windows (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    length_s     INT           NOT NULL,
    vals         VARCHAR(4000) NOT NULL,      -- name=value;name=value
    published    BOOLEAN       NOT NULL
);
CREATE INDEX metric_windows_by_start ON metric_windows (window_start);
