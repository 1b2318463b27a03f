package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.ui.common.Texts;
import java.time.Instant;
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

    /** "aftrap 20:45" or "aftrap: uur nog niet bekend". */
    public String kickoff(EventOverview o) {
        return o.deadline().provisional()
                ? texts.get("event.kickoffTbc")
                : texts.get("event.kickoff", texts.time(o.deadline().kickoff()));
    }

    /** "parking leeg om 17:45" (with "voorlopig" while the kickoff is TBC). */
    public String deadline(EventOverview o) {
        var at = texts.time(o.deadline().clearBy());
        return o.deadline().provisional() ? texts.get("event.deadlineProvisional", at) : texts.get("event.deadline", at);
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
