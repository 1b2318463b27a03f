package be.ghelamcoalert.adapter.iot.jobs;

import java.util.Arrays;

/**
 * The job execution the Jobs service offered, with its document exactly as the bytes arrived:
 * nothing (Gson or anyone) has parsed, merged or rounded it on the way.
 *
 * @param document the raw bytes of the execution's {@code jobDocument}; empty when it has none
 */
public record PendingExecution(String jobId, long executionNumber, byte[] document) {
    public PendingExecution {
        document = document.clone();
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    public boolean hasDocument() {
        return document.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingExecution that
                && jobId.equals(that.jobId)
                && executionNumber == that.executionNumber
                && Arrays.equals(document, that.document);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * jobId.hashCode() + Long.hashCode(executionNumber)) + Arrays.hashCode(document);
    }

    @Override
    public String toString() {
        return "PendingExecution[" + jobId + " #" + executionNumber + ", " + document.length + " bytes]";
    }
}
