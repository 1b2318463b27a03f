package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LightPolicy#decisionHoldsUntil}: the alarm engine asks the policy again only after that
 * instant, so the decision must not change before it, wherever the time falls.
 */
class LightPolicyHoldsTest {
    private static final Duration STEP = Duration.ofSeconds(7).plusMillis(13);

    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
    private final LightPolicy policy = LightPolicy.standard();

    @Test
    void aWeekdayMatchWithASnoozeThatEndsBetweenTwoWholeSeconds() {
        var match = homeMatchAt("wednesday", brussels(2026, 12, 9, 20, 45));
        var alerts = planner.plan(match).stream()
                .map(a -> a.kind() == AlertKind.WARNING
                        ? a.snoozedUntil(
                                brussels(2026, 12, 9, 17, 3).toInstant().plusMillis(500))
                        : a)
                .toList();

        int decisions =
                sweep(alerts, match, Optional.empty(), brussels(2026, 12, 9, 16, 0), brussels(2026, 12, 9, 21, 0));

        assertThat(decisions).as("off, warning, overdue, off").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReminderWaitingForTheOfficeToOpenAndToClose() {
        var early = homeMatchAt("early", brussels(2026, 12, 9, 12, 30));
        var late = homeMatchAt("late", brussels(2026, 12, 10, 22, 30)); // warning 18:30, office closes 19:00
        var alerts = new java.util.ArrayList<Alert>();
        planner.plan(early).stream()
                .map(a -> a.kind() == AlertKind.WARNING
                        ? a.pinnedAt(brussels(2026, 12, 9, 6, 0).toInstant())
                        : a)
                .forEach(alerts::add);
        alerts.addAll(planner.plan(late));
        var events = Map.of(early.id(), early, late.id(), late);

        sweep(alerts, events, Optional.empty(), brussels(2026, 12, 9, 5, 0), brussels(2026, 12, 10, 23, 0));
    }

    @Test
    void theNightTheClocksGoBackAndASaturdayBeforeAPublicHoliday() {
        var autumn = homeMatchAt("autumn", brussels(2026, 10, 25, 9, 30)); // Sunday; 03:00 -> 02:00 that night
        var holiday = homeMatchAt("holiday", brussels(2026, 11, 11, 11, 0)); // Armistice, a Wednesday
        var alerts = new java.util.ArrayList<Alert>(planner.plan(autumn));
        alerts.addAll(planner.plan(holiday));
        var events = Map.of(autumn.id(), autumn, holiday.id(), holiday);

        sweep(alerts, events, Optional.empty(), brussels(2026, 10, 24, 22, 0), brussels(2026, 10, 25, 10, 0));
        sweep(alerts, events, Optional.empty(), brussels(2026, 11, 10, 22, 0), brussels(2026, 11, 11, 12, 0));
    }

    @Test
    void aLightTestEndsExactlyWhenItShould() {
        var match = homeMatchAt("wednesday", brussels(2026, 12, 9, 20, 45));
        var test = new LightTest(
                brussels(2026, 12, 9, 10, 0).toInstant().plusMillis(250), Duration.ofSeconds(5), Actor.touchScreen());

        var holds = policy.decisionHoldsUntil(planner.plan(match), Optional.of(test), test.startedAt());

        assertThat(holds).isEqualTo(test.endsAt());
        sweep(
                planner.plan(match),
                Map.of(match.id(), match),
                Optional.of(test),
                brussels(2026, 12, 9, 9, 59),
                brussels(2026, 12, 9, 10, 1));
    }

    private int sweep(List<Alert> alerts, Event event, Optional<LightTest> test, ZonedDateTime from, ZonedDateTime to) {
        return sweep(alerts, Map.of(event.id(), event), test, from, to);
    }

    /** At many instants: the decision is the same at every instant before the one the policy names. */
    private int sweep(
            List<Alert> alerts,
            Map<EventId, Event> events,
            Optional<LightTest> test,
            ZonedDateTime from,
            ZonedDateTime to) {
        var seen = new HashSet<LightDecision>();
        for (Instant now = from.toInstant(); now.isBefore(to.toInstant()); now = now.plus(STEP)) {
            var decision = policy.decide(alerts, events, test, now);
            seen.add(decision);
            var holds = policy.decisionHoldsUntil(alerts, test, now);
            assertThat(holds).as("after %s", now).isAfter(now);
            var gap = Duration.between(now, holds);
            for (var later : List.of(now.plusMillis(1), now.plus(gap.dividedBy(2)), holds.minusMillis(1))) {
                if (later.isAfter(now) && later.isBefore(holds)) {
                    assertThat(policy.decide(alerts, events, test, later))
                            .as("at %s (holds from %s until %s)", later, now, holds)
                            .isEqualTo(decision);
                }
            }
        }
        return seen.size();
    }
}
