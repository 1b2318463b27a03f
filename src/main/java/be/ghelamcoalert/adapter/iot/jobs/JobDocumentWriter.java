package be.ghelamcoalert.adapter.iot.jobs;

import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Writes the job document for a command, the way the published schemas in
 * {@code kiosk-config/jobs/} describe it: the inverse of {@link JobDocumentReader}. The operation
 * is the command's own ({@link KioskCommand#operation()}); times carry the venue's offset.
 */
public final class JobDocumentWriter {
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectMapper json = new ObjectMapper();
    private final ZoneId zone;

    public JobDocumentWriter(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @throws IllegalArgumentException for a command that has no job document written here yet
     */
    public String write(KioskCommand command) {
        return write(command, Optional.empty());
    }

    /**
     * As {@link #write(KioskCommand)}, naming who asked for it ({@code requestedBy}, which the
     * kiosk audits next to the job).
     */
    public String write(KioskCommand command, Optional<String> requestedBy) {
        var document = json.createObjectNode().put("version", JobDocumentReader.SUPPORTED_VERSION);
        switch (command) {
            case SnoozeEvent snooze ->
                operation(document, command)
                        .put("eventId", snooze.eventId().value())
                        .put("duration", snooze.duration().toString());
            case ConfirmClear confirm ->
                operation(document, command).put("eventId", confirm.eventId().value());
            // One document operation for both ways ("muted": false unmutes); the command names the two apart.
            case MuteEvent mute -> {
                operation(document, new MuteEvent(mute.eventId(), true))
                        .put("eventId", mute.eventId().value())
                        .put("muted", mute.muted());
                mute.reason().ifPresent(reason -> document.put("reason", reason));
            }
            case RetimeAlert retime -> {
                operation(document, command)
                        .put("alertId", retime.alertId().value())
                        .put("dueAt", time(retime.dueAt()));
                retime.reason().ifPresent(reason -> document.put("reason", reason));
            }
            case AddAlert add ->
                operation(document, command)
                        .put("eventId", add.eventId().value())
                        .put("alertId", add.alertId().value())
                        .put("kind", add.kind().name())
                        .put("dueAt", time(add.dueAt()));
            case CreateCustomEvent create ->
                event(
                        operation(document, command).put("id", create.id().value()),
                        create.title(),
                        create.date(),
                        create.time(),
                        create.endTime());
            case UpdateCustomEvent update ->
                event(
                        operation(document, command).put("id", update.id().value()),
                        update.title(),
                        update.date(),
                        update.time(),
                        update.endTime());
            case DeleteCustomEvent delete ->
                operation(document, command).put("id", delete.id().value());
            case ChangeSettings settings -> {
                operation(document, command);
                settings.language().ifPresent(language -> document.put("language", language.code()));
                settings.nightMode()
                        .ifPresent(night -> document.putObject("nightMode")
                                .put("enabled", night.enabled())
                                .put("from", WALL_CLOCK.format(night.from()))
                                .put("until", WALL_CLOCK.format(night.until()))
                                .put("action", night.action().name()));
            }
            case RefreshFixtures refresh -> operation(document, command);
            case RunLightTest test -> {
                operation(document, command);
                test.duration().ifPresent(duration -> document.put("duration", duration.toString()));
            }
            default ->
                throw new IllegalArgumentException(
                        "no job document is written for " + command.operation().wireName() + " yet");
        }
        requestedBy.ifPresent(who -> document.put("requestedBy", who));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode operation(ObjectNode document, KioskCommand command) {
        return document.put("operation", command.operation().wireName());
    }

    /** A custom event's start, and its end (on the next day when it is not after the start), at the venue. */
    private void event(ObjectNode document, String title, LocalDate date, LocalTime time, Optional<LocalTime> endTime) {
        var start = ZonedDateTime.of(date, time, zone);
        document.put("title", title).put("start", WITH_OFFSET.format(start));
        endTime.ifPresent(end -> {
            var endDate = end.isAfter(time) ? date : date.plusDays(1);
            document.put("end", WITH_OFFSET.format(ZonedDateTime.of(endDate, end, zone)));
        });
    }

    private String time(Instant instant) {
        return WITH_OFFSET.format(instant.atZone(zone));
    }
}
