package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reason code's arguments as JSON, each tagged with its type so it reads back as the same value:
 * {@code [{"text": "KAA Gent - KV Mechelen"}, {"time": "17:19"}, {"number": 3}]}. The tags are
 * text, number, date, time, dateTime (ISO-8601 local values), kickoff (an event's start: a
 * dateTime, or a date while the time is TBC), alertKind and language (enum names).
 */
final class ReasonArguments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReasonArguments() {}

    /** @param maxText the length at which a text argument is cut */
    static String write(List<Object> args, int maxText) {
        var array = JSON.createArrayNode();
        for (var arg : args) {
            var tagged = array.addObject();
            switch (arg) {
                case String text -> tagged.put("text", text.length() > maxText ? text.substring(0, maxText) : text);
                case Long number -> tagged.put("number", number);
                case LocalDate date -> tagged.put("date", date.toString());
                case LocalTime time -> tagged.put("time", time.toString());
                case LocalDateTime dateTime -> tagged.put("dateTime", dateTime.toString());
                case EventStart kickoff -> tagged.put("kickoff", kickoff.time().map(t -> kickoff.date().atTime(t).toString())
                        .orElse(kickoff.date().toString()));
                case AlertKind kind -> tagged.put("alertKind", kind.name());
                case Language language -> tagged.put("language", language.name());
                default -> throw new IllegalArgumentException("a reason argument cannot be a " + arg.getClass().getSimpleName());
            }
        }
        return array.toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not what {@link #write} writes */
    static List<Object> read(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("not a JSON array");
        }
        var args = new ArrayList<Object>();
        for (var tagged : array) {
            if (!tagged.isObject() || tagged.size() != 1) {
                throw new IllegalArgumentException("an argument is not one tagged value: " + tagged);
            }
            Map.Entry<String, JsonNode> only = tagged.properties().iterator().next();
            args.add(value(only.getKey(), only.getValue()));
        }
        return args;
    }

    private static Object value(String tag, JsonNode value) {
        if (tag.equals("number")) {
            if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
                throw new IllegalArgumentException("not a whole number: " + value);
            }
            return value.longValue();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the " + tag + " argument is not text: " + value);
        }
        var text = value.textValue();
        try {
            return switch (tag) {
                case "text" -> text;
                case "date" -> LocalDate.parse(text);
                case "time" -> LocalTime.parse(text);
                case "dateTime" -> LocalDateTime.parse(text);
                case "kickoff" -> kickoff(text);
                case "alertKind" -> AlertKind.valueOf(text);
                case "language" -> Language.valueOf(text);
                default -> throw new IllegalArgumentException("unknown argument type '" + tag + "'");
            };
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("the " + tag + " argument '" + text + "' is not ISO-8601", e);
        }
    }

    private static EventStart kickoff(String text) {
        if (text.contains("T")) {
            var start = LocalDateTime.parse(text);
            return EventStart.at(start.toLocalDate(), start.toLocalTime());
        }
        return EventStart.timeToBeConfirmed(LocalDate.parse(text));
    }
}
