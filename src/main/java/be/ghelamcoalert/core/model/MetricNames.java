package be.ghelamcoalert.core.model;

/** The names of the usage metrics, shared by the recorders, the metrics screen and CloudWatch. */
public final class MetricNames {
    public static final String HEARTBEATS = "Heartbeats";
    public static final String CLOUD_ONLINE_SECONDS = "CloudOnlineSeconds";
    public static final String SNOOZES = "Snoozes";
    public static final String CONFIRMATIONS = "Confirmations";
    public static final String ALERT_EDITS = "AlertEdits";
    public static final String EVENTS_CREATED = "EventsCreated";
    public static final String JOBS_SUCCEEDED = "JobsSucceeded";
    public static final String JOBS_REJECTED = "JobsRejected";
    public static final String JOBS_FAILED = "JobsFailed";
    public static final String IMPORTS_OK = "ImportsOk";
    public static final String IMPORTS_FAILED = "ImportsFailed";
    public static final String IMPORTS_QUARANTINED = "ImportsQuarantined";
    public static final String RELAY_SWITCHES = "RelaySwitches";
    public static final String RELAY_ON_SECONDS = "RelayOnSeconds";
    /** Times the relay's hardware started failing (each failure episode counts once). */
    public static final String RELAY_FAILURES = "RelayFailures";

    private MetricNames() {}
}
