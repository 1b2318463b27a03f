package be.ghelamcoalert.core.model;

import be.ghelamcoalert.core.model.LightDecision.Cause;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what the alarm light does: a pure function of the alerts, their events, a running light
 * test and the time. A {@link AlertKind#WARNING} is only a reminder and lights within office
 * hours (unless {@code alwaysLight}); an {@link AlertKind#OVERDUE} always lights; a
 * {@link AlertKind#NOTICE} never does; a muted or called-off event never lights.
 *
 * @param officeHours    when a reminder may light
 * @param alwaysLight    reminders light outside office hours too
 * @param warningPattern how a warning lights (steady or slow blink)
 * @param overduePattern how an overdue alert lights
 * @param blinkPeriod    one on-and-off cycle of a slow blink: at least 1 s, for the relay's sake
 */
public record LightPolicy(
        OfficeHours officeHours,
        boolean alwaysLight,
        LightPattern warningPattern,
        LightPattern overduePattern,
        Duration blinkPeriod) {

    public static final Duration MIN_BLINK_PERIOD = Duration.ofSeconds(1);
    public static final Duration MAX_BLINK_PERIOD = Duration.ofSeconds(10);

    /** Overdue before warning; among equals the one that has been lit longest, so the choice is stable. */
    private static final Comparator<Candidate> STRONGEST_FIRST = Comparator.comparing(
                    (Candidate c) -> c.alert().kind() == AlertKind.OVERDUE ? 0 : 1)
            .thenComparing(Candidate::litSince)
            .thenComparing(c -> c.alert().id().value());

    public LightPolicy {
        Objects.requireNonNull(officeHours, "officeHours");
        Objects.requireNonNull(warningPattern, "warningPattern");
        Objects.requireNonNull(overduePattern, "overduePattern");
        Objects.requireNonNull(blinkPeriod, "blinkPeriod");
        if (warningPattern == LightPattern.OFF || overduePattern == LightPattern.OFF) {
            throw new IllegalArgumentException(
                    "a light pattern must be STEADY or SLOW_BLINK; mute an event to keep it dark");
        }
        if (blinkPeriod.compareTo(MIN_BLINK_PERIOD) < 0 || blinkPeriod.compareTo(MAX_BLINK_PERIOD) > 0) {
            throw new IllegalArgumentException(
                    "blink period must be between 1 and 10 seconds (the relay switches at most"
                            + " once a second), was " + blinkPeriod);
        }
    }

    /** Office hours Monday to Friday 07:00-19:00; the warning lights steadily, overdue blinks every 2 s. */
    public static LightPolicy standard() {
        return new LightPolicy(
                OfficeHours.standard(), false, LightPattern.STEADY, LightPattern.SLOW_BLINK, Duration.ofSeconds(2));
    }

    public LightPattern patternFor(AlertKind kind) {
        return switch (kind) {
            case NOTICE -> LightPattern.OFF;
            case WARNING -> warningPattern;
            case OVERDUE -> overduePattern;
        };
    }

    /**
     * What the light does at {@code now}.
     *
     * @param alerts alerts that can still matter (cancelled or ended ones may be among them)
     * @param events their events by id; an alert whose event is missing lights anyway (fail-safe)
     * @param test   the last light test asked for, running or not
     */
    public LightDecision decide(
            Collection<Alert> alerts, Map<EventId, Event> events, Optional<LightTest> test, Instant now) {
        if (test.isPresent() && test.get().runningAt(now)) {
            var t = test.get();
            return new LightDecision(
                    LightPattern.STEADY,
                    Cause.LIGHT_TEST,
                    "light test (" + t.duration().toSeconds() + " s) by " + t.actor(),
                    Optional.empty(),
                    Optional.empty(),
                    t.startedAt(),
                    blinkPeriod);
        }
        return alerts.stream()
                .map(alert -> candidate(alert, Optional.ofNullable(events.get(alert.eventId())), now))
                .flatMap(Optional::stream)
                .min(STRONGEST_FIRST)
                .map(this::decisionFor)
                .orElseGet(() -> LightDecision.off(blinkPeriod));
    }

    /**
     * Until when {@link #decide} answers as it does at {@code now}, as long as the alerts, their
     * events and the light test stay the same: the first instant after {@code now} at which an
     * alert falls due, ends or wakes from a snooze, the light test ends, or the office hours open,
     * close or change day. (A blinking light still blinks in between: see
     * {@link LightDecision#energizedAt}.)
     */
    public Instant decisionHoldsUntil(Collection<Alert> alerts, Optional<LightTest> test, Instant now) {
        var until = officeHours.nextChangeAfter(now);
        for (var alert : alerts) {
            until = earlierFuture(until, alert.dueAt(), now);
            until = earlierFuture(until, alert.endsAt(), now);
            if (alert.snoozedUntil().isPresent()) {
                until = earlierFuture(until, alert.snoozedUntil().get(), now);
            }
        }
        if (test.isPresent()) {
            until = earlierFuture(until, test.get().startedAt(), now);
            until = earlierFuture(until, test.get().endsAt(), now);
        }
        return until;
    }

    private static Instant earlierFuture(Instant until, Instant candidate, Instant now) {
        return candidate.isAfter(now) && candidate.isBefore(until) ? candidate : until;
    }

    /** Why {@code alert} does not light at {@code now}; empty when it does (or would, if it were chosen). */
    public Optional<String> whyDark(Alert alert, Optional<Event> event, Instant now) {
        var zone = officeHours.zone();
        var state = alert.stateAt(now);
        var why = switch (state) {
            case SCHEDULED -> "not due until " + local(alert.dueAt(), zone);
            case SNOOZED -> "snoozed until " + local(alert.snoozedUntil().orElseThrow(), zone);
            case CONFIRMED -> "car park confirmed clear";
            case EXPIRED -> "kickoff reached";
            case CANCELLED -> "alert cancelled";
            case ACTIVE -> "";
        };
        if (!why.isEmpty()) {
            return Optional.of(why);
        }
        if (!alert.kind().lightsRelay()) {
            return Optional.of("a notice does not light");
        }
        if (event.isPresent() && event.get().muted()) {
            return Optional.of("event muted");
        }
        if (event.isPresent() && !event.get().status().raisesAlerts()) {
            return Optional.of("event " + event.get().status().name().toLowerCase(Locale.ROOT));
        }
        if (restrictedToOfficeHours(alert) && !officeHours.isOpenAt(now)) {
            return Optional.of("outside office hours (only a reminder)");
        }
        return Optional.empty();
    }

    private boolean restrictedToOfficeHours(Alert alert) {
        return alert.kind().isOnlyReminder() && !alwaysLight;
    }

    private Optional<Candidate> candidate(Alert alert, Optional<Event> event, Instant now) {
        if (whyDark(alert, event, now).isPresent()) {
            return Optional.empty();
        }
        var litSince = alert.dueAt();
        var cause = Cause.ALERT_DUE;
        var snoozeEnd = alert.snoozedUntil().filter(until -> until.isAfter(alert.dueAt()));
        if (snoozeEnd.isPresent()) {
            litSince = snoozeEnd.get();
            cause = Cause.SNOOZE_ENDED;
        }
        if (restrictedToOfficeHours(alert)) {
            var opened = officeHours.openedAt(now).orElseThrow();
            if (opened.isAfter(litSince)) {
                litSince = opened;
                cause = Cause.OFFICE_HOURS_BEGAN;
            }
        }
        return Optional.of(new Candidate(alert, event, litSince, cause));
    }

    private LightDecision decisionFor(Candidate c) {
        var alert = c.alert();
        var what = c.event().map(Event::title).orElse("alert " + alert.id());
        return new LightDecision(
                patternFor(alert.kind()),
                c.cause(),
                alert.kind().name().toLowerCase(Locale.ROOT) + ": " + what,
                Optional.of(alert.id()),
                Optional.of(alert.eventId()),
                c.litSince(),
                blinkPeriod);
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    private record Candidate(Alert alert, Optional<Event> event, Instant litSince, Cause cause) {}
}
