package be.ghelamcoalert.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The soak's remote jobs, one per call, made from the shipped examples in {@code kiosk-config/jobs/}:
 * every tenth a {@code refresh-fixtures} (an import every 10 s; the schedule cannot go below
 * PT5M), the others in turn create-event, snooze, light-test, confirm, delete-event on an event of
 * their own. Each event starts 3 h 30 min from now, so its light alert (60 min before the 3 h
 * deadline) is running and a snooze is accepted.
 */
final class SoakJobs {
    record Job(String id, String operation, String document) {}

    private static final List<String> CYCLE =
            List.of("create-event", "snooze", "light-test", "confirm", "delete-event");
    private static final Duration START_FROM_NOW = Duration.ofHours(3).plusMinutes(30);

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final ZoneId zone;
    private int sent;
    private int cycled;

    SoakJobs(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The next job: its id, operation and document. */
    Job next() {
        int number = sent++;
        if (number % 10 == 0) {
            return job(number, "refresh-fixtures", template("refresh-fixtures"));
        }
        int position = cycled++;
        var operation = CYCLE.get(position % CYCLE.size());
        var eventId = "soak-" + position / CYCLE.size();
        var document = template(operation);
        switch (operation) {
            case "create-event" -> {
                var start = ZonedDateTime.now(clock.withZone(zone))
                        .plus(START_FROM_NOW)
                        .truncatedTo(ChronoUnit.MINUTES);
                document.put("id", eventId)
                        .put("title", "Soak " + eventId)
                        .put("start", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .put("end", start.plusHours(2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            case "snooze" -> document.put("eventId", eventId).put("duration", "PT5M");
            case "light-test" -> document.put("duration", "PT2S");
            case "confirm" -> document.put("eventId", eventId);
            case "delete-event" -> document.put("id", eventId);
            default -> throw new IllegalStateException("no soak job " + operation);
        }
        return job(number, operation, document);
    }

    private static Job job(int number, String operation, ObjectNode document) {
        return new Job("soak-job-" + number, operation, document.toString());
    }

    private ObjectNode template(String operation) {
        var file = Path.of("kiosk-config/jobs", operation + ".example.json");
        try {
            return (ObjectNode) json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example job " + file, e);
        }
    }
}
