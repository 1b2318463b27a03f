package be.ghelamcoalert.core.model;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static be.ghelamcoalert.testing.TestEvents.homeMatchAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.LightDecision.Cause;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LightPolicyTest {
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
    private final LightPolicy policy = LightPolicy.standard();
    /** Wednesday 9 December 2026, kickoff 20:45: warning 16:45, deadline 17:45. */
    private final Event wednesday = homeMatchAt("wednesday", brussels(2026, 12, 9, 20, 45));

    @Test
    void eachStageOfAWeekdayMatch() {
        var alerts = planner.plan(wednesday);

        assertThat(decide(alerts, wednesday, brussels(2026, 12, 8, 18, 0)).pattern())
                .as("the notice does not light")
                .isEqualTo(LightPattern.OFF);
        assertThat(decide(alerts, wednesday, brussels(2026, 12, 9, 16, 44)).pattern())
                .isEqualTo(LightPattern.OFF);
        var warning = decide(alerts, wednesday, brussels(2026, 12, 9, 16, 45));
        assertThat(warning.pattern()).isEqualTo(LightPattern.STEADY);
        assertThat(warning.reason()).isEqualTo("warning: KAA Gent - wednesday");
        assertThat(warning.cause()).isEqualTo(Cause.ALERT_DUE);
        var overdue = decide(alerts, wednesday, brussels(2026, 12, 9, 17, 45));
        assertThat(overdue.pattern())
                .as("overdue wins over the warning that is still active")
                .isEqualTo(LightPattern.SLOW_BLINK);
        assertThat(overdue.reason()).isEqualTo("overdue: KAA Gent - wednesday");
        assertThat(overdue.litSince()).isEqualTo(brussels(2026, 12, 9, 17, 45).toInstant());
        assertThat(decide(alerts, wednesday, brussels(2026, 12, 9, 20, 45)).pattern())
                .as("kickoff")
                .isEqualTo(LightPattern.OFF);
    }

    @Test
    void aReminderOutsideOfficeHoursStaysDarkButOverdueStillLights() {
        var sunday = homeMatchAt("sunday", brussels(2026, 12, 6, 20, 45));
        var alerts = planner.plan(sunday);

        var atWarning = decide(alerts, sunday, brussels(2026, 12, 6, 17, 0));
        assertThat(atWarning.pattern()).isEqualTo(LightPattern.OFF);
        assertThat(policy.whyDark(
                        alerts.get(1),
                        Optional.of(sunday),
                        brussels(2026, 12, 6, 17, 0).toInstant()))
                .contains("outside office hours (only a reminder)");
        assertThat(decide(alerts, sunday, brussels(2026, 12, 6, 17, 45)).pattern())
                .isEqualTo(LightPattern.SLOW_BLINK);
    }

    @Test
    void aReminderDueBeforeOfficeHoursLightsWhenTheyBegin() {
        var early = homeMatchAt("early", brussels(2026, 12, 9, 12, 30)); // deadline 09:30, warning 08:30
        var alerts = planner.plan(early).stream()
                .map(a -> a.kind() == AlertKind.WARNING
                        ? a.pinnedAt(brussels(2026, 12, 9, 6, 0).toInstant())
                        : a)
                .toList();

        assertThat(decide(alerts, early, brussels(2026, 12, 9, 6, 59)).lit()).isFalse();
        var opened = decide(alerts, early, brussels(2026, 12, 9, 7, 0));
        assertThat(opened.cause()).isEqualTo(Cause.OFFICE_HOURS_BEGAN);
        assertThat(opened.litSince()).isEqualTo(brussels(2026, 12, 9, 7, 0).toInstant());
    }

    @Test
    void alwaysLightIgnoresOfficeHours() {
        var sunday = homeMatchAt("sunday", brussels(2026, 12, 6, 20, 45));
        var always = new LightPolicy(
                OfficeHours.standard(), true, LightPattern.SLOW_BLINK, LightPattern.STEADY, Duration.ofSeconds(4));

        var decision = always.decide(
                planner.plan(sunday),
                Map.of(sunday.id(), sunday),
                Optional.empty(),
                brussels(2026, 12, 6, 17, 0).toInstant());

        assertThat(decision.pattern()).isEqualTo(LightPattern.SLOW_BLINK);
    }

    @Test
    void snoozedConfirmedMutedAndCalledOffEventsStayDark() {
        var alerts = planner.plan(wednesday);
        var at = brussels(2026, 12, 9, 17, 0);
        var snoozed = alerts.stream()
                .map(a -> a.snoozedUntil(brussels(2026, 12, 9, 17, 15).toInstant()))
                .toList();

        assertThat(decide(snoozed, wednesday, at).lit()).isFalse();
        assertThat(policy.whyDark(snoozed.get(1), Optional.of(wednesday), at.toInstant()))
                .contains("snoozed until 2026-12-09 17:15");
        var afterSnooze = decide(snoozed, wednesday, brussels(2026, 12, 9, 17, 15));
        assertThat(afterSnooze.cause()).isEqualTo(Cause.SNOOZE_ENDED);
        assertThat(afterSnooze.litSince())
                .isEqualTo(brussels(2026, 12, 9, 17, 15).toInstant());
        var confirmed = alerts.stream().map(a -> a.confirmed(at.toInstant())).toList();
        assertThat(decide(confirmed, wednesday, brussels(2026, 12, 9, 18, 0)).lit())
                .isFalse();
        var muted = wednesday.withMuted(true);
        assertThat(decide(alerts, muted, brussels(2026, 12, 9, 18, 0)).lit()).isFalse();
        assertThat(policy.whyDark(
                        alerts.get(2),
                        Optional.of(muted),
                        brussels(2026, 12, 9, 18, 0).toInstant()))
                .contains("event muted");
        var postponed = wednesday.withStatus(EventStatus.POSTPONED);
        assertThat(decide(alerts, postponed, brussels(2026, 12, 9, 18, 0)).lit())
                .isFalse();
    }

    @Test
    void anAlertWhoseEventIsMissingLightsAnywaySoNothingIsLostSilently() {
        var alerts = planner.plan(wednesday);

        var decision = policy.decide(
                alerts, Map.of(), Optional.empty(), brussels(2026, 12, 9, 18, 0).toInstant());

        assertThat(decision.reason()).isEqualTo("overdue: alert wednesday/overdue");
    }

    @Test
    void aLightTestLightsSteadilyOverEverythingForItsDuration() {
        var start = brussels(2026, 12, 9, 10, 0).toInstant();
        var test = Optional.of(new LightTest(start, Duration.ofSeconds(5), Actor.touchScreen()));

        var during = policy.decide(List.of(), Map.of(), test, start.plusSeconds(4));
        assertThat(during.pattern()).isEqualTo(LightPattern.STEADY);
        assertThat(during.reason()).isEqualTo("light test (5 s) by touch_screen:kiosk");
        assertThat(policy.decide(List.of(), Map.of(), test, start.plusSeconds(5))
                        .lit())
                .isFalse();
        assertThat(policy.decide(List.of(), Map.of(), test, start.minusSeconds(1))
                        .lit())
                .as("clock set back")
                .isFalse();
    }

    @Test
    void aSlowBlinkStartsOnAndAlternatesEachHalfPeriod() {
        var since = Instant.parse("2026-12-09T16:45:00Z");
        var blink = new LightDecision(
                LightPattern.SLOW_BLINK,
                Cause.ALERT_DUE,
                "x",
                Optional.empty(),
                Optional.empty(),
                since,
                Duration.ofSeconds(2));

        assertThat(blink.energizedAt(since)).isTrue();
        assertThat(blink.energizedAt(since.plusMillis(999))).isTrue();
        assertThat(blink.energizedAt(since.plusMillis(1000))).isFalse();
        assertThat(blink.energizedAt(since.plusMillis(1999))).isFalse();
        assertThat(blink.energizedAt(since.plusMillis(2000))).isTrue();
    }

    @Test
    void aBlinkFasterThanOnceASecondIsRefusedForTheRelaysSake() {
        assertThatThrownBy(() -> new LightPolicy(
                        OfficeHours.standard(),
                        false,
                        LightPattern.STEADY,
                        LightPattern.SLOW_BLINK,
                        Duration.ofMillis(500)))
                .hasMessageContaining("between 1 and 10 seconds");
        assertThatThrownBy(() -> new LightPolicy(
                        OfficeHours.standard(),
                        false,
                        LightPattern.OFF,
                        LightPattern.SLOW_BLINK,
                        Duration.ofSeconds(2)))
                .hasMessageContaining("STEADY or SLOW_BLINK");
    }

    private LightDecision decide(List<Alert> alerts, Event event, ZonedDateTime at) {
        return policy.decide(alerts, Map.of(event.id(), event), Optional.empty(), at.toInstant());
    }
}
