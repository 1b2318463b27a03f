package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.RetentionPolicy;
import java.time.Duration;

/**
 * How long the store keeps what it no longer needs (checked once a day).
 *
 * @param pastEvents                an event and its alerts, after the event's day (ISO-8601, e.g. P400D)
 * @param auditLog                  an audit entry, after it was written
 * @param jobLedger                 a remote job execution, after it arrived
 * @param seenNotices               a lobby notice, after it was tapped away
 * @param quarantinedPagesPerSource the newest quarantined pages kept per fixture source
 * @param quarantinedPageBytes      the most kept of one quarantined page; a longer one is cut, with a marker
 */
public record StoreSettings(
        Duration pastEvents,
        Duration auditLog,
        Duration jobLedger,
        Duration seenNotices,
        Integer quarantinedPagesPerSource,
        Integer quarantinedPageBytes) {

    public StoreSettings {
        var defaults = RetentionPolicy.DEFAULTS;
        pastEvents = pastEvents == null ? defaults.pastEvents() : pastEvents;
        auditLog = auditLog == null ? defaults.auditLog() : auditLog;
        jobLedger = jobLedger == null ? defaults.jobLedger() : jobLedger;
        seenNotices = seenNotices == null ? defaults.seenNotices() : seenNotices;
        quarantinedPagesPerSource =
                quarantinedPagesPerSource == null ? defaults.quarantinedPagesPerSource() : quarantinedPagesPerSource;
        quarantinedPageBytes = quarantinedPageBytes == null ? defaults.quarantinedPageBytes() : quarantinedPageBytes;
        new RetentionPolicy(
                pastEvents, auditLog, jobLedger, seenNotices, quarantinedPagesPerSource, quarantinedPageBytes);
    }

    public static StoreSettings defaults() {
        return new StoreSettings(null, null, null, null, null, null);
    }

    public RetentionPolicy retentionPolicy() {
        return new RetentionPolicy(
                pastEvents, auditLog, jobLedger, seenNotices, quarantinedPagesPerSource, quarantinedPageBytes);
    }
}
