package be.ghelamcoalert.adapter.release;

import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A new release on trial: it is committed as soon as the kernel reports no problem (the alarm
 * ticks, the store is open and migrated, the screen is drawn, the cloud is connected where
 * configured), and rolled back when that has not happened within the limit (default 3 minutes)
 * after the switch.
 */
public final class ReleaseTrial {
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(3);

    /** What to do with the release on trial now. */
    public sealed interface Verdict {
        /** Healthy: report the job SUCCEEDED and keep this release. */
        record Commit() implements Verdict {}

        /** Not healthy yet, within the limit: ask again later. */
        record Wait(Duration left) implements Verdict {}

        /**
         * Not healthy within the limit: switch back, and report the job FAILED with {@code reason}.
         *
         * @param notUp the parts that did not come up, for the screen to name in its language
         */
        record RollBack(String reason, List<Part> notUp) implements Verdict {
            public RollBack {
                notUp = List.copyOf(notUp);
            }
        }
    }

    private final Clock clock;
    private final Instant switchedAt;
    private final Duration limit;

    public ReleaseTrial(Clock clock, Instant switchedAt, Duration limit) {
        if (!limit.isPositive()) {
            throw new IllegalArgumentException("a trial needs a positive limit, was " + limit);
        }
        this.clock = clock;
        this.switchedAt = switchedAt;
        this.limit = limit;
    }

    /** Judges the kernel's problems now ({@code KernelHealth.check()}: empty when healthy). */
    public Verdict judge(List<PartHealth> problems) {
        if (problems.isEmpty()) {
            return new Verdict.Commit();
        }
        var left = Duration.between(clock.instant(), switchedAt.plus(limit));
        if (left.isPositive()) {
            return new Verdict.Wait(left);
        }
        return new Verdict.RollBack(
                "not healthy " + spoken(limit) + " after the switch: "
                        + problems.stream()
                                .map(p -> p.part() + " " + p.state()
                                        + (p.reason().isEmpty() ? "" : " (" + p.reason() + ")"))
                                .collect(Collectors.joining(", ")),
                problems.stream().map(PartHealth::part).distinct().toList());
    }

    /** "3 min", or "40 s" for a limit that is not whole minutes. */
    private static String spoken(Duration limit) {
        return limit.toSecondsPart() == 0 && limit.toMillisPart() == 0
                ? limit.toMinutes() + " min"
                : limit.toSeconds() + " s";
    }
}
