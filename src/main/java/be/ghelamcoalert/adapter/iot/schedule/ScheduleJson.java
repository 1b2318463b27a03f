package be.ghelamcoalert.adapter.iot.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * The schedule shadow's JSON: written by the kiosk, read by the operator's command line. Times keep
 * the venue's offset as the kiosk wrote them; fields a newer kiosk adds are skipped by an older reader.
 */
public final class ScheduleJson {
    /** AWS IoT's limit for a shadow's state document. */
    public static final int MAX_STATE_BYTES = 8 * 1024;

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The report as the shadow client sends it under {@code state.reported}. */
    public LinkedHashMap<String, Object> asReported(ScheduleReport report) {
        return json.convertValue(
                report, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    public String write(ScheduleReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the state document {@code {"reported":…}} that carries the report, in UTF-8 bytes. */
    public int stateBytes(ScheduleReport report) {
        return ("{\"reported\":" + write(report) + "}").getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Reads the report from a shadow document as the shadow service returns it
     * ({@code {"state":{"reported":{…}}, "metadata":…}}).
     *
     * @throws IllegalArgumentException when the document holds no schedule the reader understands
     */
    public ScheduleReport readShadow(byte[] shadowDocument) {
        JsonNode reported;
        try {
            reported = json.readTree(shadowDocument).path("state").path("reported");
        } catch (IOException e) {
            throw new IllegalArgumentException("the schedule shadow is not JSON: " + e.getMessage(), e);
        }
        if (!reported.isObject()) {
            throw new IllegalArgumentException(
                    "the schedule shadow has no reported state (has the kiosk been online since it was updated?)");
        }
        var format = reported.path("format").asInt(0);
        if (format != ScheduleReport.FORMAT) {
            throw new IllegalArgumentException(
                    "the schedule shadow is in format " + format + "; this command line reads format "
                            + ScheduleReport.FORMAT + " (update the command line or the kiosk)");
        }
        try {
            return json.treeToValue(reported, ScheduleReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the schedule shadow cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
