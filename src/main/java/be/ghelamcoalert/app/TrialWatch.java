package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.release.ReleaseTrial;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.core.service.StatusBoard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges the running release while it is on trial, a few times a minute: committed once the kernel
 * is healthy, the screen is drawn and (where configured) the cloud connected; rolled back when
 * that has not all held within the trial's limit. The verdict completes {@link #verdict()}, which
 * the update job that switched to this release waits for when it is delivered again.
 */
final class TrialWatch implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TrialWatch.class);

    /** What the kiosk does with a verdict: keep the release, or go back to the previous one. */
    interface Outcome {
        void commit() throws Exception;

        void rollBack(String reason) throws Exception;
    }

    private final ReleaseTrial trial;
    private final Supplier<List<PartHealth>> problems;
    private final Outcome outcome;
    private final CompletableFuture<ReleaseTrial.Verdict> verdict = new CompletableFuture<>();

    TrialWatch(ReleaseTrial trial, Supplier<List<PartHealth>> problems, Outcome outcome) {
        this.trial = trial;
        this.problems = problems;
        this.outcome = outcome;
    }

    /** What must hold for a release to be kept: the kernel, the screen, and the cloud when it is configured. */
    static Supplier<List<PartHealth>> problemsOf(KernelHealth kernel, StatusBoard board, boolean cloudConfigured) {
        return () -> {
            var problems = new ArrayList<>(kernel.check());
            notRunning(board, Part.SCREEN).ifPresent(problems::add);
            if (cloudConfigured) {
                notRunning(board, Part.CLOUD).ifPresent(problems::add);
            }
            return problems;
        };
    }

    private static Optional<PartHealth> notRunning(StatusBoard board, Part part) {
        return Optional.of(board.health(part)).filter(h -> h.state() != PartHealth.State.RUNNING);
    }

    CompletableFuture<ReleaseTrial.Verdict> verdict() {
        return verdict;
    }

    /** Judges once; after a verdict, does nothing. Never throws: the scheduler that runs it must survive. */
    @Override
    public void run() {
        if (verdict.isDone()) {
            return;
        }
        try {
            var now = trial.judge(problems.get());
            switch (now) {
                case ReleaseTrial.Verdict.Wait wait ->
                    LOG.debug(
                            "Release on trial, not healthy yet; {} s left",
                            wait.left().toSeconds());
                case ReleaseTrial.Verdict.Commit commit -> {
                    outcome.commit();
                    verdict.complete(now);
                }
                case ReleaseTrial.Verdict.RollBack back -> {
                    outcome.rollBack(back.reason());
                    verdict.complete(now);
                }
            }
        } catch (Exception e) {
            LOG.error("The release on trial could not be judged; trying again", e);
        }
    }
}
