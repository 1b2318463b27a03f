package be.ghelamcoalert.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the store keeps what it no longer needs, so years of use fit on an SD card.
 *
 * @param pastEvents                an event (and its alerts) this long after its day; never one with an alert still running
 * @param auditLog                  audit entries this long after they were written
 * @param jobLedger                 remote job executions this long after they arrived
 * @param seenNotices               lobby notices this long after they were tapped away (unseen ones stay)
 * @param quarantinedPagesPerSource the newest quarantined pages kept per fixture source
 * @param quarantinedPageBytes      the most of a quarantined page kept (UTF-8 bytes); a longer page is cut, with a marker
 */
public record RetentionPolicy(
        Duration pastEvents,
        Duration auditLog,
        Duration jobLedger,
        Duration seenNotices,
        int quarantinedPagesPerSource,
        int quarantinedPageBytes) {
    /** Nothing younger than this is ever pruned, whatever the configuration says. */
    public static final Duration SHORTEST = Duration.ofDays(1);

    public static final int MAX_QUARANTINED_PAGES = 50;
    public static final int SMALLEST_PAGE_BYTES = 4 * 1024;
    public static final int LARGEST_PAGE_BYTES = 16 * 1024 * 1024;
    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(
            Duration.ofDays(400), Duration.ofDays(400), Duration.ofDays(400), Duration.ofDays(90), 5, 1024 * 1024);

    public RetentionPolicy {
        atLeastADay("pastEvents", pastEvents);
        atLeastADay("auditLog", auditLog);
        atLeastADay("jobLedger", jobLedger);
        atLeastADay("seenNotices", seenNotices);
        if (quarantinedPagesPerSource < 1 || quarantinedPagesPerSource > MAX_QUARANTINED_PAGES) {
            throw new IllegalArgumentException("quarantinedPagesPerSource must be 1 to " + MAX_QUARANTINED_PAGES
                    + ", was " + quarantinedPagesPerSource);
        }
        if (quarantinedPageBytes < SMALLEST_PAGE_BYTES || quarantinedPageBytes > LARGEST_PAGE_BYTES) {
            throw new IllegalArgumentException("quarantinedPageBytes must be " + SMALLEST_PAGE_BYTES + " to "
                    + LARGEST_PAGE_BYTES + ", was " + quarantinedPageBytes);
        }
    }

    private static void atLeastADay(String name, Duration kept) {
        Objects.requireNonNull(kept, name);
        if (kept.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException(name + " must keep at least a day (P1D), was " + kept);
        }
    }
}
