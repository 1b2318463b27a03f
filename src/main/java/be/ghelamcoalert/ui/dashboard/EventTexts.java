package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.ui.common.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** How an event, its stage and its alerts read on screen, shared by the dashboard and the detail. */
public final class EventTexts {
    private final Texts texts;

    public EventTexts(Texts texts) {
        this.texts = texts;
    }

    public String stage(EventStage stage) {
        return texts.get("stage." + styleOf(stage));
    }

    /** The stage in one or two words, for a chip in a list. */
    public String stageShort(EventStage stage) {
        return texts.get("stageShort." + styleOf(stage));
    }

    public static String styleOf(EventStage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String alertKind(AlertKind kind) {
        return texts.get("alert.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    public String alertState(AlertState state) {
        return texts.get("alert.state." + state.name().toLowerCase(Locale.ROOT));
    }

    /**
     * "aftrap 20:45" or "aftrap: uur nog niet bekend"; for a custom event (a concert) "begin 19:30",
     * with its end when it has one: "begin 19:30, tot 23:00", "begin 22:00, tot 01:00 (volgende dag)".
     */
    public String kickoff(EventOverview o) {
        var event = o.event();
        var custom = event.isCustom();
        if (o.deadline().provisional()) {
            return texts.get(custom ? "event.startTbc" : "event.kickoffTbc");
        }
        var start = texts.time(o.deadline().kickoff());
        if (custom && event.endTime().isPresent()) {
            var end = texts.time(event.endTime().get());
            return texts.get("event.startUntil", start, event.endsNextDay() ? texts.get("event.nextDay", end) : end);
        }
        return texts.get(custom ? "event.start" : "event.kickoff", start);
    }

    /**
     * A chip for each alert that still counts, styled by its state: "Licht 16:45", with the day
     * when it is not the event's day ("Melding vr 27 nov 17:45", the day-before notice).
     */
    public List<EventRow.Chip> chips(EventOverview o) {
        var eventDay = o.deadline().kickoff().withZoneSameInstant(texts.zone()).toLocalDate();
        return o.alerts().stream()
                .filter(a -> a.state() != AlertState.CANCELLED)
                .map(a -> new EventRow.Chip(
                        alertKind(a.alert().kind()) + " " + timeOn(a.alert().dueAt(), eventDay),
                        "chip-" + a.state().name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** "17:45" on {@code day}, "vr 27 nov 17:45" on any other day. */
    private String timeOn(Instant at, LocalDate day) {
        return at.atZone(texts.zone()).toLocalDate().equals(day) ? texts.time(at) : texts.dayAndTime(at);
    }

    /** "parking leeg om 17:45" (with "voorlopig" while the kickoff is TBC). */
    public String deadline(EventOverview o) {
        var at = texts.time(o.deadline().clearBy());
        return o.deadline().provisional()
                ? texts.get("event.deadlineProvisional", at)
                : texts.get("event.deadline", at);
    }

    /** As {@link #countdown} to the minute, for the list: only the hero ticks every second. */
    public String countdownToMinute(EventOverview o, Instant now) {
        var left = o.deadline().remainingAt(now);
        return left.isNegative()
                ? texts.get("countdown.late", texts.durations().toMinute(left.negated()))
                : texts.get("countdown.left", texts.durations().toMinute(left));
    }

    /** "nog 2 u 14 min" before the deadline, "te laat: 5 min 03 s" after it. */
    public String countdown(EventOverview o, Instant now) {
        var left = o.deadline().remainingAt(now);
        return left.isNegative()
                ? texts.get("countdown.late", texts.durations().of(left.negated()))
                : texts.get("countdown.left", texts.durations().of(left));
    }

    public Texts texts() {
        return texts;
    }
}
