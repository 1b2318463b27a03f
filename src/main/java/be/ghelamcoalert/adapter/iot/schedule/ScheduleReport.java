package be.ghelamcoalert.adapter.iot.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a kiosk reports in its named shadow {@code schedule}, and what the operator's command line
 * reads back: the events of the coming days with their alerts, the health of the kiosk's parts and
 * the last good import. One record is the wire format for both sides ({@link ScheduleJson}).
 *
 * @param horizonDays    how far ahead the events reach
 * @param lastGoodImport when the fixtures were last read from a healthy source, or {@code "none"}
 * @param importHealth   the fixture sources' health ({@code OK}, {@code FAILING}, ...)
 * @param parts          each part's health by its key ({@code "alarm"}, {@code "cloud"}, ...)
 * @param events         the most urgent deadline first
 * @param eventsLeftOut  events within the horizon left out to stay within the shadow's size limit
 */
public record ScheduleReport(
        int format,
        String reportedAt,
        String appVersion,
        int horizonDays,
        String lastGoodImport,
        String importHealth,
        Map<String, PartEntry> parts,
        List<EventEntry> events,
        int eventsLeftOut) {

    public static final int FORMAT = 1;
    public static final String NONE = "none";
    /** What an unknown kickoff time reads as. */
    public static final String TIME_TO_BE_CONFIRMED = "TBC";

    public ScheduleReport {
        parts = Map.copyOf(parts);
        events = List.copyOf(events);
    }

    /** How one part of the kiosk is doing ({@code RUNNING}, {@code DEGRADED} with the reason, ...). */
    public record PartEntry(String state, String reason) {}

    /**
     * One event.
     *
     * @param date     the event's day at the venue
     * @param kickoff  the kickoff with its offset, or {@value #TIME_TO_BE_CONFIRMED}
     * @param deadline when the car park must be empty (on an assumed kickoff while it is TBC)
     * @param stage    upcoming, today, light on, overdue, cleared, finished, called off
     */
    public record EventEntry(
            String id,
            String title,
            String kind,
            LocalDate date,
            String kickoff,
            OffsetDateTime deadline,
            String stage,
            boolean muted,
            List<AlertEntry> alerts) {
        public EventEntry {
            alerts = List.copyOf(alerts);
        }

        public boolean kickoffKnown() {
            return !kickoff.equals(TIME_TO_BE_CONFIRMED);
        }
    }

    /**
     * One alert of an event.
     *
     * @param state what it does now: {@link AlertEntryState}, by its wire name
     * @param until while snoozed, when the snooze ends
     */
    public record AlertEntry(
            String id,
            String kind,
            OffsetDateTime due,
            String state,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<OffsetDateTime> until) {}
}
