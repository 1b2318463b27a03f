package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.adapter.iot.jobs.PendingExecution;
import be.ghelamcoalert.adapter.iot.jobs.StartNextRequests;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.crt.iot.StreamingOperation;
import software.amazon.awssdk.iot.V2ClientStreamOptions;
import software.amazon.awssdk.iot.iotjobs.IotJobsV2Client;
import software.amazon.awssdk.iot.iotjobs.model.JobStatus;
import software.amazon.awssdk.iot.iotjobs.model.NextJobExecutionChangedEvent;
import software.amazon.awssdk.iot.iotjobs.model.NextJobExecutionChangedSubscriptionRequest;
import software.amazon.awssdk.iot.iotjobs.model.UpdateJobExecutionRequest;
import software.amazon.awssdk.iot.iotjobs.model.V2ErrorResponseException;

/**
 * Takes AWS IoT jobs one at a time on its own thread: after every (re)connect and on every
 * next-job notification it first re-sends the statuses the cloud has not accepted yet, then asks
 * for the next pending execution ({@code $next}), runs it through {@link RemoteJobService} and
 * reports how it ended. Notifications are not replayed after a reconnect, hence the asking.
 * <p>
 * The next execution arrives as raw bytes ({@link StartNextRequests}), and its document is read
 * from those bytes by the same {@link JobDocumentReader} as {@code job validate}. Whatever goes
 * wrong with one job ends that job (REJECTED for its document, FAILED for the kiosk's side) and
 * the next one runs: no exception leaves a job in progress to be offered again forever. When the
 * service does not answer, the agent asks again with a growing delay.
 */
public final class JobsAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobsAgent.class);
    private static final int MAX_DETAIL = 1000;
    /** A redelivered execution is answered from the ledger; beyond this many in a row, back off. */
    private static final int MAX_OFFERS_IN_A_ROW = 3;
    /** The retry delay doubles after each failed attempt, up to this many times the first. */
    private static final int MAX_BACKOFF_FACTOR = 64;

    private final IotJobsV2Client jobs;
    private final StartNextRequests startNext;
    private final String thingName;
    private final JobDocumentReader reader;
    private final RemoteJobService remoteJobs;
    private final JobLedger ledger;
    private final Duration timeout;
    private final Duration retryDelay;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("iot-jobs").daemon().factory());
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile StreamingOperation notifications;
    private volatile CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);
    private volatile boolean closed;
    /** The execution that reported IN_PROGRESS and goes on after this process restarts (an update), if any. */
    private volatile String goesOnAfterRestart;

    private int failedAttempts;

    /**
     * @param jobs      the SDK's Jobs client: next-job notifications and status updates
     * @param startNext asks for the next execution and keeps its document's raw bytes; closed with the agent
     */
    public JobsAgent(
            IotJobsV2Client jobs,
            StartNextRequests startNext,
            String thingName,
            JobDocumentReader reader,
            RemoteJobService remoteJobs,
            JobLedger ledger,
            Duration timeout,
            Duration retryDelay) {
        this.jobs = jobs;
        this.startNext = startNext;
        this.thingName = thingName;
        this.reader = reader;
        this.remoteJobs = remoteJobs;
        this.ledger = ledger;
        this.timeout = timeout;
        this.retryDelay = retryDelay;
    }

    /** Subscribes to next-job notifications; call before the connection starts. */
    public void start() {
        var request = new NextJobExecutionChangedSubscriptionRequest();
        request.thingName = thingName;
        notifications = jobs.createNextJobExecutionChangedStream(
                request,
                V2ClientStreamOptions.<NextJobExecutionChangedEvent>builder()
                        .withStreamEventHandler(this::onNextJobChanged)
                        .withSubscriptionEventHandler(event -> LOG.debug("Next-job subscription: {}", event.getType()))
                        .withDeserializationFailureHandler(failure -> {
                            // Gson could not read the notification (e.g. a hostile document in it): ask all the same.
                            LOG.warn("Unreadable next-job notification; asking for the next job");
                            requestDrain();
                        })
                        .build());
        notifications.open();
    }

    /** The connection came (back): catch up on statuses and pending jobs. */
    public void connected() {
        requestDrain();
    }

    private void onNextJobChanged(NextJobExecutionChangedEvent event) {
        if (event.execution != null) {
            LOG.info("Notified of job {}", event.execution.jobId);
            requestDrain();
        }
    }

    private void requestDrain() {
        if (!closed && drainQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        if (closed) {
            return;
        }
        try {
            for (var unreported : ledger.unreported()) {
                report(unreported);
            }
            String previous = null;
            int offers = 0;
            while (!closed) {
                var offered = await(startNext.next());
                if (offered.isEmpty()) {
                    failedAttempts = 0;
                    return;
                }
                var execution = offered.get();
                var key = execution.jobId() + "#" + execution.executionNumber();
                if (key.equals(goesOnAfterRestart)) {
                    failedAttempts = 0;
                    return; // offered again before the restart it waits for: nothing to do until then
                }
                offers = key.equals(previous) ? offers + 1 : 1;
                if (offers > MAX_OFFERS_IN_A_ROW) {
                    throw new IllegalStateException(
                            "the Jobs service keeps offering " + key + " after its final status");
                }
                previous = key;
                var entry = handle(execution);
                report(entry);
                if (!entry.finished()) {
                    // An update restarts the kiosk to try its release: the job is offered again after the restart.
                    LOG.info("Job {} goes on after a restart; no next job until then", key);
                    goesOnAfterRestart = key;
                    failedAttempts = 0;
                    return;
                }
            }
        } catch (ServiceUnreachable | RuntimeException e) {
            if (!closed) {
                var delay = nextRetryDelay();
                LOG.warn("Jobs: {}; trying again in {} ms", e.getMessage(), delay.toMillis());
                scheduleRetry(delay);
            }
        }
    }

    /** Reads and runs one execution; whatever goes wrong ends it, with the reason, and never escapes. */
    JobLedger.Entry handle(PendingExecution execution) {
        var jobId = execution.jobId();
        var number = execution.executionNumber();
        LOG.info("Running job {} #{}", jobId, number);
        try {
            var request = execution.hasDocument()
                    ? reader.read(execution.document(), jobId)
                    : new RemoteJobService.Invalid("?", "", "the job has no document");
            return remoteJobs.run(jobId, number, request);
        } catch (RuntimeException e) {
            LOG.error("Job {} #{} could not be read or applied; reporting it FAILED", jobId, number, e);
            try {
                return remoteJobs.fail(jobId, number, e);
            } catch (RuntimeException unrecorded) {
                LOG.error(
                        "Job {} #{}: not even its failure could be recorded; reporting it FAILED to the cloud only",
                        jobId,
                        number,
                        unrecorded);
                return RemoteJobService.unrecordedFailure(jobId, number, e);
            }
        }
    }

    private void report(JobLedger.Entry entry) throws ServiceUnreachable {
        var record = entry.record();
        var update = new UpdateJobExecutionRequest();
        update.thingName = thingName;
        update.jobId = record.jobId();
        update.executionNumber = record.executionNumber();
        update.status = switch (record.outcome()) {
            case SUCCEEDED -> JobStatus.SUCCEEDED;
            case REJECTED -> JobStatus.REJECTED;
            case FAILED -> JobStatus.FAILED;
            case IN_PROGRESS -> JobStatus.IN_PROGRESS;
        };
        update.statusDetails = statusDetails(entry);
        try {
            await(jobs.updateJobExecution(update));
            LOG.info("Job {} #{} reported {}", record.jobId(), record.executionNumber(), update.status);
        } catch (Answered e) {
            // The service answered "no", e.g. the execution is already final or was cancelled: retrying cannot help.
            LOG.warn(
                    "The Jobs service did not take status {} of job {} #{}: {}",
                    update.status,
                    record.jobId(),
                    record.executionNumber(),
                    e.getMessage());
        }
        ledger.markReported(record.jobId(), record.executionNumber());
    }

    static HashMap<String, String> statusDetails(JobLedger.Entry entry) {
        var record = entry.record();
        var details = new HashMap<String, String>();
        details.put("operation", cut(record.operation()));
        details.put(
                switch (record.outcome()) {
                    case SUCCEEDED -> "summary";
                    case IN_PROGRESS -> "step"; // an update that restarts the kiosk to try its release
                    case REJECTED, FAILED -> "reason";
                },
                cut(record.reason()));
        if (!entry.field().isEmpty()) {
            details.put("field", cut(entry.field()));
        }
        return details;
    }

    private <T> T await(CompletableFuture<T> future) throws ServiceUnreachable, Answered {
        inFlight = future;
        if (closed) {
            future.cancel(false);
        }
        try {
            return future.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.CancellationException e) {
            throw new ServiceUnreachable("stopped while waiting for the Jobs service");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof V2ErrorResponseException error && error.getModeledError() != null) {
                throw new Answered(error.getModeledError().code + ": " + error.getModeledError().message);
            }
            if (e.getCause() instanceof StartNextRequests.Rejected rejected) {
                throw new Answered(rejected.getMessage());
            }
            throw new ServiceUnreachable(
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new ServiceUnreachable("no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachable("interrupted");
        }
    }

    /** The first retry after {@code retryDelay}, then twice as long each time, up to {@value #MAX_BACKOFF_FACTOR} times. */
    private Duration nextRetryDelay() {
        var delay =
                retryDelay.multipliedBy(1L << Math.min(failedAttempts, Long.numberOfTrailingZeros(MAX_BACKOFF_FACTOR)));
        failedAttempts++;
        return delay;
    }

    private void scheduleRetry(Duration delay) {
        if (retryScheduled.compareAndSet(false, true)) {
            worker.schedule(
                    () -> {
                        retryScheduled.set(false);
                        requestDrain();
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** AWS accepts status details without control characters, up to 1024 characters each. */
    private static String cut(String text) {
        var clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) : clean;
    }

    /** The service could not be reached or did not answer: try again later. */
    private static class ServiceUnreachable extends Exception {
        ServiceUnreachable(String message) {
            super(message);
        }
    }

    /** The service answered with a rejection. */
    private static final class Answered extends ServiceUnreachable {
        Answered(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        closed = true;
        // No interrupt: a job in the middle of its H2 transaction finishes; only a wait for the
        // service is cut short (its status stays in the ledger and is sent after the next start).
        inFlight.cancel(false);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(timeout.toSeconds() + 5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (notifications != null) {
            notifications.close();
        }
        startNext.close();
    }
}
