package be.ghelamcoalert.core.model;

import java.util.Objects;
import java.util.Optional;

/** Who asked for a change: recorded in the audit log with every action. */
public record Actor(Kind kind, String reference) {

    public enum Kind {
        /** A finger on the kiosk's screen. */
        TOUCH_SCREEN,
        /** An AWS IoT job; the reference is the job id and execution number. */
        REMOTE_JOB,
        /** The fixture import; the reference is the source's name. */
        IMPORT,
        /** The kiosk itself: start-up, demo seeding, the alarm engine. */
        SYSTEM,
        /** The operator command line. */
        OPERATOR
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    public static Actor touchScreen() {
        return new Actor(Kind.TOUCH_SCREEN, "kiosk");
    }

    public static Actor remoteJob(String jobId) {
        return new Actor(Kind.REMOTE_JOB, jobId);
    }

    /**
     * A remote job and, where its document says, who asked for it: the audit log then reads
     * "remote_job:snooze-1733 requested by lobby-desk".
     */
    public static Actor remoteJob(String jobId, Optional<String> requestedBy) {
        return new Actor(
                Kind.REMOTE_JOB,
                requestedBy.map(who -> jobId + " requested by " + who).orElse(jobId));
    }

    public static Actor system(String what) {
        return new Actor(Kind.SYSTEM, what);
    }

    public static Actor fixtureImport(String source) {
        return new Actor(Kind.IMPORT, source);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + reference;
    }
}
