package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the one event an operator means, in the schedules the kiosks reported: by its id, by its
 * date ({@code 2026-12-06}) or by the start of its title ({@code "kaa gent - club"}), so nobody
 * has to copy ids. Alerts are picked within the event by id, by the part after the event's id
 * ({@code light}) or by kind ({@code warning}).
 */
final class EventPicker {
    private EventPicker() {}

    /** @throws PickException when nothing, or more than one event, matches */
    static ScheduleReport.EventEntry event(List<ScheduleReport> schedules, String wanted) {
        var all = new LinkedHashMap<String, ScheduleReport.EventEntry>();
        schedules.forEach(schedule -> schedule.events().forEach(event -> all.putIfAbsent(event.id(), event)));
        if (all.containsKey(wanted.strip())) {
            return all.get(wanted.strip());
        }
        var date = date(wanted);
        var prefix = wanted.strip().toLowerCase(Locale.ROOT);
        var matches = new ArrayList<ScheduleReport.EventEntry>();
        for (var event : all.values()) {
            boolean onThatDay = date.isPresent() && event.date().equals(date.get());
            boolean titled =
                    date.isEmpty() && event.title().toLowerCase(Locale.ROOT).startsWith(prefix);
            if (onThatDay || titled) {
                matches.add(event);
            }
        }
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        if (matches.isEmpty()) {
            throw new PickException("no event matches '" + wanted
                    + "' (an id, a date such as 2026-12-06, or the start of a title); "
                    + (all.isEmpty() ? "the schedule holds no events" : "the schedule holds: " + list(all.values())));
        }
        throw new PickException("'" + wanted + "' matches " + matches.size() + " events: " + list(matches)
                + "; give more of the title, or the id");
    }

    /** @throws PickException when nothing, or more than one alert of the event, matches */
    static ScheduleReport.AlertEntry alert(ScheduleReport.EventEntry event, String wanted) {
        var text = wanted.strip();
        var matches = event.alerts().stream()
                .filter(alert -> alert.id().equals(text)
                        || alert.id().equals(event.id() + "/" + text)
                        || alert.kind().equalsIgnoreCase(text))
                .toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        var known =
                event.alerts().stream().map(a -> a.id() + " (" + a.kind() + ")").collect(Collectors.joining(", "));
        throw new PickException((matches.isEmpty()
                        ? "no alert of " + event.title() + " matches '" + wanted + "'"
                        : "'" + wanted + "' matches " + matches.size() + " alerts of " + event.title())
                + "; its alerts: " + known);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String list(java.util.Collection<ScheduleReport.EventEntry> events) {
        return events.stream()
                .map(e -> e.id() + " (" + e.title() + ", " + e.date() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The operator's words matched nothing, or too much: the message lists what there is. */
    static final class PickException extends RuntimeException {
        PickException(String message) {
            super(message);
        }
    }
}
