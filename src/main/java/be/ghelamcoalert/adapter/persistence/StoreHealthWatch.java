package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.StoreHealth;
import be.ghelamcoalert.core.model.StoreHealth.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's health as last seen: a failed statement or connection makes it FULL, READ_ONLY or
 * CLOSED at once; only a write that went through makes it OK again. Changes are logged once each.
 */
final class StoreHealthWatch {
    private static final Logger LOG = LoggerFactory.getLogger(StoreHealthWatch.class);
    /** Below this much room a failed write is put down to a full disk. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private static final Set<Integer> STORAGE_ERRORS = Set.of(
            ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
            ErrorCode.DATABASE_IS_READ_ONLY,
            ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2,
            ErrorCode.FILE_CORRUPTED_1,
            ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1);

    private final Path directory;
    private final AtomicReference<StoreHealth> current = new AtomicReference<>(StoreHealth.ok());

    StoreHealthWatch(Path directory) {
        this.directory = directory;
    }

    StoreHealth current() {
        return current.get();
    }

    /** Whether H2 failed on the store's file or closed the database, not on a statement of ours. */
    static boolean isStorageFailure(SQLException e) {
        if (STORAGE_ERRORS.contains(e.getErrorCode())) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }

    void failed(Throwable failure) {
        change(classify(failure), failure);
    }

    /** A failure that may already be noted under its cause (a dead connection left by a failed write). */
    void failedUnlessNoted(Throwable failure) {
        if (current.get().isOk()) {
            failed(failure);
        }
    }

    void notAnswering(Duration limit) {
        change(
                new StoreHealth(
                        State.NOT_ANSWERING,
                        "Store: a write did not finish within " + limit.toMillis() + " ms (" + directory + ")"),
                null);
    }

    void wrote() {
        change(StoreHealth.ok(), null);
    }

    private void change(StoreHealth next, Throwable failure) {
        var previous = current.getAndSet(next);
        if (previous.equals(next)) {
            return;
        }
        if (next.isOk()) {
            LOG.info("Store: writes go through again ({} before)", previous.reason());
        } else if (failure == null) {
            LOG.error("{}", next.reason());
        } else {
            LOG.error("{}; the light follows what it read last, the store reopens when it can", next.reason(), failure);
        }
    }

    private StoreHealth classify(Throwable failure) {
        if (isReadOnly() || mentions(failure, "Read-only file system")) {
            return new StoreHealth(State.READ_ONLY, "Store: read-only file system (" + directory + ")");
        }
        if (usableSpace() < NEARLY_FULL_BYTES || mentions(failure, "No space left")) {
            return new StoreHealth(State.FULL, "Store: disk full (" + directory + ")");
        }
        var what = failure instanceof SQLException e
                        && (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                                || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)
                ? "the database closed"
                : firstLine(rootCause(failure));
        return new StoreHealth(State.CLOSED, "Store: " + what + " (" + directory + ")");
    }

    private boolean isReadOnly() {
        try {
            return Files.getFileStore(directory).isReadOnly() || !Files.isWritable(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(Throwable cause) {
        var message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
