package be.ghelamcoalert.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of an event. Its state at any instant follows from these facts and the time alone.
 *
 * @param rule         the policy rule that planned it; empty for an alert a person added
 * @param pinned       placed by a person (added or retimed): keeps its distance to the deadline
 *                     when the kickoff moves, instead of following the policy
 * @param dueAt        when it becomes active
 * @param endsAt       when it expires (the kickoff)
 * @param clearBy      the event's car-park deadline: a snooze never reaches past it
 * @param snoozedUntil silenced until then (always at or before {@code clearBy})
 * @param confirmedAt  when someone confirmed that the car park is clear
 * @param cancelled    cancelled with its event (postponed, cancelled, custom event deleted)
 */
public record Alert(
        AlertId id,
        EventId eventId,
        AlertKind kind,
        Optional<String> rule,
        boolean pinned,
        Instant dueAt,
        Instant endsAt,
        Instant clearBy,
        Optional<Instant> snoozedUntil,
        Optional<Instant> confirmedAt,
        boolean cancelled) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(clearBy, "clearBy");
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (!dueAt.isBefore(endsAt)) {
            throw new IllegalArgumentException(
                    "alert " + id + " must be due before it ends (" + dueAt + " >= " + endsAt + ")");
        }
        if (snoozedUntil.isPresent() && snoozedUntil.get().isAfter(clearBy)) {
            throw new IllegalArgumentException("a snooze cannot reach past the car-park deadline");
        }
    }

    public boolean isManual() {
        return rule.isEmpty();
    }

    /** A person placed this alert at {@code newDueAt}: it is pinned there relative to the deadline. */
    public Alert pinnedAt(Instant newDueAt) {
        if (!newDueAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("an alert must be due before kickoff");
        }
        return new Alert(
                id,
                eventId,
                kind,
                rule,
                true,
                newDueAt,
                endsAt,
                clearBy,
                Optional.empty(),
                Optional.empty(),
                cancelled);
    }

    public AlertState stateAt(Instant now) {
        if (cancelled) {
            return AlertState.CANCELLED;
        }
        if (confirmedAt.isPresent()) {
            return AlertState.CONFIRMED;
        }
        if (now.isBefore(dueAt)) {
            return AlertState.SCHEDULED;
        }
        if (!now.isBefore(endsAt)) {
            return AlertState.EXPIRED;
        }
        if (snoozedUntil.isPresent() && now.isBefore(snoozedUntil.get())) {
            return AlertState.SNOOZED;
        }
        return AlertState.ACTIVE;
    }

    public Alert snoozedUntil(Instant until) {
        return new Alert(
                id, eventId, kind, rule, pinned, dueAt, endsAt, clearBy, Optional.of(until), confirmedAt, cancelled);
    }

    public Alert confirmed(Instant at) {
        return new Alert(
                id, eventId, kind, rule, pinned, dueAt, endsAt, clearBy, snoozedUntil, Optional.of(at), cancelled);
    }

    public Alert withCancelled(boolean newCancelled) {
        return new Alert(
                id, eventId, kind, rule, pinned, dueAt, endsAt, clearBy, snoozedUntil, confirmedAt, newCancelled);
    }

    /** Moves the alert in time; a snooze or confirmation given for the old time no longer holds. */
    public Alert retimed(Instant newDueAt, Instant newEndsAt, Instant newClearBy) {
        boolean same = newDueAt.equals(dueAt) && newEndsAt.equals(endsAt) && newClearBy.equals(clearBy);
        if (same) {
            return this;
        }
        return new Alert(
                id,
                eventId,
                kind,
                rule,
                pinned,
                newDueAt,
                newEndsAt,
                newClearBy,
                Optional.empty(),
                Optional.empty(),
                cancelled);
    }
}
