package be.ghelamcoalert.ui.jobs;

/** One remote command as the screen lists it: when, what, how it ended and why. */
public record JobLine(
        String jobId, String receivedAt, String operation, String outcome, String outcomeStyle, String reason) {}
