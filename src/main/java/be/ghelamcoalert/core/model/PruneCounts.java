package be.ghelamcoalert.core.model;

/** What one retention run removed from the store, per kind. */
public record PruneCounts(
        int events, int alerts, int auditEntries, int jobExecutions, int notices, int quarantinedPages) {
    public static final PruneCounts NONE = new PruneCounts(0, 0, 0, 0, 0, 0);

    public int total() {
        return events + alerts + auditEntries + jobExecutions + notices + quarantinedPages;
    }

    @Override
    public String toString() {
        return events + " past events with " + alerts + " alerts, " + auditEntries + " audit entries, " + jobExecutions
                + " remote jobs, " + notices + " seen notices, " + quarantinedPages + " quarantined pages";
    }
}
