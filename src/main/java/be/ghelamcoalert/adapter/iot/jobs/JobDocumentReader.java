package be.ghelamcoalert.adapter.iot.jobs;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.Operation;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Request;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a job document: the raw bytes, parsed by {@link StrictJson}, with printable texts only
 * ({@link DocumentTexts}), a {@code version} and an {@code operation}, checked against the
 * operation's JSON Schema (published in {@code kiosk-config/jobs/}), times within a horizon and
 * unambiguous at the venue ({@link JobTimes}), and turned into the same command the touch screen
 * sends. Anything wrong gives an {@link Invalid} naming the field; nothing else comes out of it.
 * The device (the payload as the Jobs service sent it) and the operator's {@code job validate}
 * (the file) call this one reader with the same settings, so they always agree.
 */
public final class JobDocumentReader {
    /** AWS IoT's limit for a job document. */
    public static final int MAX_DOCUMENT_BYTES = StrictJson.MAX_DOCUMENT_BYTES;

    public static final int SUPPORTED_VERSION = 1;
    /**
     * How a document becomes its command, for every operation a job may ask for: all but removing
     * an alert and dismissing a notice, which only the touch screen does ({@link Operation#MUTE} with
     * {@code "muted": false} unmutes).
     */
    private static final Map<Operation, DocumentCommand> COMMANDS = commands();
    /** The operations a job document may name, in {@link Operation}'s order. */
    public static final Set<Operation> OPERATIONS = Collections.unmodifiableSet(COMMANDS.keySet());

    private static final Map<String, String> EVENT_FIELDS = Map.of("date", "start", "time", "start", "endTime", "end");
    private static final Map<String, String> UPDATE_FIELDS = Map.of("version", "releaseVersion");
    private static final String SCHEMA_FOLDER = "/be/ghelamcoalert/adapter/iot/jobs/";

    private final StrictJson json = new StrictJson();
    private final JobTimes times;
    private final ZoneId zone;
    private final Map<Operation, JsonSchema> schemas = new EnumMap<>(Operation.class);
    private final Map<Operation, JsonNode> schemaDocuments = new EnumMap<>(Operation.class);

    /**
     * @param clock what "now" is for the horizon of a document's times
     * @param zone  the venue's zone: event times in a document become local times there
     */
    public JobDocumentReader(Clock clock, ZoneId zone) {
        this.zone = zone;
        this.times = new JobTimes(clock, zone);
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (var operation : OPERATIONS) {
            try (var in = JobDocumentReader.class.getResourceAsStream(schemaResource(operation))) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the schema of job operation " + operation + " is missing from the jar");
                }
                var schema = new ObjectMapper().readTree(in);
                schemaDocuments.put(operation, schema);
                schemas.put(operation, factory.getSchema(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a document given as text (a test, the demo): exactly as its UTF-8 bytes. */
    public Request read(String text, String jobId) {
        return read(text.getBytes(StandardCharsets.UTF_8), jobId);
    }

    /**
     * Reads a document from its raw bytes; {@code jobId} names what the document does not
     * (default ids).
     */
    public Request read(byte[] raw, String jobId) {
        String operation = "?";
        try {
            var document = json.parse(raw);
            if (!document.isObject()) {
                return new Invalid("?", "", "the document must be a JSON object with a version and an operation");
            }
            DocumentTexts.requirePrintable(document);
            var operationNode = document.get("operation");
            if (operationNode == null || !operationNode.isTextual()) {
                return new Invalid("?", "operation", "is required and must be one of " + OPERATIONS);
            }
            var named = Operation.named(operationNode.textValue()).filter(OPERATIONS::contains);
            if (named.isEmpty()) {
                var unknown = shorten(operationNode.textValue());
                return new Invalid(unknown, "operation", "unknown operation '" + unknown + "'; known: " + OPERATIONS);
            }
            var known = named.get();
            operation = known.wireName();
            var version = document.get("version");
            if (version == null || !version.isInt() || version.intValue() != SUPPORTED_VERSION) {
                return new Invalid(
                        operation,
                        "version",
                        "must be " + SUPPORTED_VERSION
                                + " (the document format this kiosk reads), written as the whole number "
                                + SUPPORTED_VERSION);
            }
            var problems = schemas.get(known).validate(document);
            if (!problems.isEmpty()) {
                var first = problems.stream()
                        .sorted(Comparator.comparing(ValidationMessage::getMessage))
                        .findFirst()
                        .orElseThrow();
                var field = fieldOf(first);
                return new Invalid(operation, field, reasonOf(first, schemaDocuments.get(known), field));
            }
            return valid(COMMANDS.get(known).read(this, document, jobId), optionalText(document, "requestedBy"));
        } catch (DocumentProblem e) {
            return new Invalid(operation, e.field(), e.reason());
        } catch (InvalidCommandException e) {
            return Invalid.refused(operation, EVENT_FIELDS.getOrDefault(e.field(), e.field()), e);
        }
    }

    /** Where the published schema of an operation is on the classpath (copied from {@code kiosk-config/jobs}). */
    static String schemaResource(Operation operation) {
        return SCHEMA_FOLDER + operation.wireName() + ".schema.json";
    }

    /** How a document, checked against its operation's schema, becomes its command. */
    @FunctionalInterface
    private interface DocumentCommand {
        KioskCommand read(JobDocumentReader reader, JsonNode document, String jobId);
    }

    private static Map<Operation, DocumentCommand> commands() {
        var commands = new EnumMap<Operation, DocumentCommand>(Operation.class);
        commands.put(Operation.CREATE_EVENT, (r, d, jobId) -> {
            var id = d.has("id") ? eventId(d, "id") : new EventId("job-" + jobId);
            var start = r.localStart(d);
            return new CreateCustomEvent(
                    id, d.get("title").asText(), start.toLocalDate(), start.toLocalTime(), r.localEnd(d, start));
        });
        commands.put(Operation.UPDATE_EVENT, (r, d, jobId) -> {
            var start = r.localStart(d);
            return new UpdateCustomEvent(
                    eventId(d, "id"),
                    d.get("title").asText(),
                    start.toLocalDate(),
                    start.toLocalTime(),
                    r.localEnd(d, start));
        });
        commands.put(Operation.DELETE_EVENT, (r, d, jobId) -> new DeleteCustomEvent(eventId(d, "id")));
        commands.put(
                Operation.SNOOZE, (r, d, jobId) -> new SnoozeEvent(eventId(d, "eventId"), duration(d, "duration")));
        commands.put(Operation.CONFIRM, (r, d, jobId) -> new ConfirmClear(eventId(d, "eventId")));
        commands.put(
                Operation.RETIME_ALERT,
                (r, d, jobId) -> new RetimeAlert(
                        alertId(d.get("alertId").asText()), r.instant(d, "dueAt"), optionalText(d, "reason")));
        commands.put(Operation.ADD_ALERT, (r, d, jobId) -> {
            var eventId = eventId(d, "eventId");
            var alertId = d.has("alertId") ? d.get("alertId").asText() : eventId.value() + "/job-" + jobId;
            return new AddAlert(
                    eventId,
                    alertId(alertId.length() > AlertId.MAX_LENGTH ? alertId.substring(0, AlertId.MAX_LENGTH) : alertId),
                    AlertKind.valueOf(d.get("kind").asText()),
                    r.instant(d, "dueAt"));
        });
        commands.put(
                Operation.MUTE,
                (r, d, jobId) -> new MuteEvent(
                        eventId(d, "eventId"),
                        !d.has("muted") || d.get("muted").asBoolean(),
                        optionalText(d, "reason")));
        commands.put(Operation.REFRESH_FIXTURES, (r, d, jobId) -> new RefreshFixtures());
        commands.put(
                Operation.LIGHT_TEST,
                (r, d, jobId) ->
                        d.has("duration") ? RunLightTest.lasting(duration(d, "duration")) : RunLightTest.configured());
        commands.put(
                Operation.CHANGE_SETTINGS,
                (r, d, jobId) -> new ChangeSettings(
                        d.has("language")
                                ? Optional.of(Language.of(d.get("language").asText()))
                                : Optional.empty(),
                        d.has("nightMode") ? Optional.of(nightSchedule(d.get("nightMode"))) : Optional.empty()));
        commands.put(Operation.UPDATE, (r, d, jobId) -> update(d));
        return commands;
    }

    private static Request valid(KioskCommand command, Optional<String> requestedBy) {
        var documentFields = command instanceof UpdateRelease
                ? UPDATE_FIELDS
                : command instanceof CreateCustomEvent || command instanceof UpdateCustomEvent
                        ? EVENT_FIELDS
                        : Map.<String, String>of();
        return new Valid(command, documentFields, requestedBy);
    }

    /** A text field the schema has checked (printable, not blank, not too long), when the document has it. */
    private static Optional<String> optionalText(JsonNode d, String field) {
        return d.has(field) ? Optional.of(d.get(field).textValue().strip()) : Optional.empty();
    }

    /** The schema has checked the URL's and the version's form; parsing is checked all the same. */
    private static UpdateRelease update(JsonNode d) {
        URI url;
        try {
            url = new URI(d.get("url").asText());
        } catch (java.net.URISyntaxException e) {
            throw new InvalidCommandException("url", "is not a valid URL: " + e.getReason());
        }
        ReleaseVersion version;
        try {
            version = ReleaseVersion.of(d.get("releaseVersion").asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("releaseVersion", e.getMessage());
        }
        return new UpdateRelease(
                url,
                d.get("sha256").asText(),
                version,
                d.has("allowDowngrade") && d.get("allowDowngrade").asBoolean());
    }

    private static NightSchedule nightSchedule(JsonNode n) {
        return new NightSchedule(
                n.get("enabled").asBoolean(),
                wallClock(n, "from"),
                wallClock(n, "until"),
                NightSchedule.Action.valueOf(n.get("action").asText()));
    }

    /** The schema has checked the HH:mm pattern; parsing is checked all the same. */
    private static LocalTime wallClock(JsonNode night, String field) {
        try {
            return LocalTime.parse(night.get(field).asText());
        } catch (DateTimeParseException e) {
            throw new DocumentProblem(
                    "nightMode." + field, "'" + night.get(field).asText() + "' is not a time of day such as 22:00");
        }
    }

    private ZonedDateTime localStart(JsonNode d) {
        return times.wallTime("start", d.get("start").asText());
    }

    /**
     * The end as the time of day the kiosk keeps: after the start, and less than a day after it
     * (an end time not after the start time is on the next day, a concert until 01:00).
     */
    private Optional<LocalTime> localEnd(JsonNode d, ZonedDateTime start) {
        if (!d.has("end")) {
            return Optional.empty();
        }
        var end = times.wallTime("end", d.get("end").asText());
        if (!end.isAfter(start)) {
            throw new InvalidCommandException("endTime", Refusal.END_NOT_AFTER_START, start.toLocalTime());
        }
        if (!end.isBefore(start.plusDays(1))) {
            throw new InvalidCommandException(
                    "end", "must be less than a day after the start (" + start.toLocalDateTime() + ", " + zone + ")");
        }
        return Optional.of(end.toLocalTime());
    }

    private Instant instant(JsonNode d, String field) {
        return times.instant(field, d.get(field).asText()).toInstant();
    }

    private static Duration duration(JsonNode d, String field) {
        try {
            return Duration.parse(d.get(field).asText());
        } catch (DateTimeParseException e) {
            throw new InvalidCommandException(
                    field, "'" + d.get(field).asText() + "' is not an ISO-8601 duration such as PT15M");
        }
    }

    private static EventId eventId(JsonNode d, String field) {
        try {
            return new EventId(d.get(field).asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(field, e.getMessage());
        }
    }

    private static AlertId alertId(String value) {
        try {
            return new AlertId(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("alertId", e.getMessage());
        }
    }

    private static String fieldOf(ValidationMessage message) {
        if (message.getProperty() != null
                && ("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))) {
            return message.getProperty();
        }
        var location = message.getInstanceLocation().toString();
        return location.startsWith("$.") ? location.substring(2) : location.equals("$") ? "" : location;
    }

    /**
     * The validator's reason, in words an operator reads in the job's status and on the kiosk's
     * screen: a value that does not match its field's pattern is explained by the field's
     * description in the published schema rather than by the regular expression.
     */
    private static String reasonOf(ValidationMessage message, JsonNode schema, String field) {
        var text = message.getMessage();
        var location = message.getInstanceLocation().toString();
        var reason = text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
        if ("additionalProperties".equals(message.getType())) {
            return "is not a field of this operation";
        }
        if ("pattern".equals(message.getType()) && !field.isEmpty()) {
            var property = schema.at("/properties/" + field.replace(".", "/properties/"));
            if (property.hasNonNull("description")) {
                return "is not in the expected form: "
                        + property.get("description").asText();
            }
        }
        return reason;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) : text;
    }
}
