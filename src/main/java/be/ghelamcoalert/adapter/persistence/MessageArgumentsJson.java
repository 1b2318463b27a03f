package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.command.MessageArgument;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * A message's typed arguments as JSON, through Jackson's polymorphic typing, so they read back as
 * the same records: {@code [{"type":"text","value":"KAA Gent - KV Mechelen"},{"type":"time","value":"17:19"},
 * {"type":"count","value":3},{"type":"kickoff","value":{"date":"2026-11-28","time":null}}]}.
 * Days and times are ISO-8601 local values, alert kinds and languages their enum names. The core
 * knows nothing of JSON: the type names are given here, beside the records.
 */
final class MessageArgumentsJson {
    private static final TypeReference<List<MessageArgument>> ARGUMENTS = new TypeReference<>() {};
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addMixIn(MessageArgument.class, TypedByName.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    private static final ObjectWriter WRITER = JSON.writerFor(ARGUMENTS);
    private static final ObjectReader READER = JSON.readerFor(ARGUMENTS);

    /** The argument's type as a property of its own; the names are what the store keeps. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MessageArgument.Text.class, name = "text"),
        @JsonSubTypes.Type(value = MessageArgument.Count.class, name = "count"),
        @JsonSubTypes.Type(value = MessageArgument.Day.class, name = "date"),
        @JsonSubTypes.Type(value = MessageArgument.TimeOfDay.class, name = "time"),
        @JsonSubTypes.Type(value = MessageArgument.DayAndTime.class, name = "dateTime"),
        @JsonSubTypes.Type(value = MessageArgument.Kickoff.class, name = "kickoff"),
        @JsonSubTypes.Type(value = MessageArgument.KindOfAlert.class, name = "alertKind"),
        @JsonSubTypes.Type(value = MessageArgument.LanguageName.class, name = "language"),
        @JsonSubTypes.Type(value = MessageArgument.Release.class, name = "release"),
        @JsonSubTypes.Type(value = MessageArgument.Parts.class, name = "parts")
    })
    private interface TypedByName {}

    private MessageArgumentsJson() {}

    /** @param maxText the length at which a text argument is cut */
    static String write(List<MessageArgument> args, int maxText) {
        var kept = args.stream()
                .map(arg ->
                        arg instanceof MessageArgument.Text text && text.value().length() > maxText
                                ? new MessageArgument.Text(text.value().substring(0, maxText))
                                : arg)
                .toList();
        try {
            return WRITER.writeValueAsString(kept);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "message arguments cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not what {@link #write} writes */
    static List<MessageArgument> read(String json) {
        try {
            List<MessageArgument> args = READER.readValue(json);
            if (args == null || args.contains(null)) {
                throw new IllegalArgumentException("not a JSON array of arguments: " + json);
            }
            return args;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not the JSON of message arguments: " + e.getOriginalMessage(), e);
        }
    }
}
