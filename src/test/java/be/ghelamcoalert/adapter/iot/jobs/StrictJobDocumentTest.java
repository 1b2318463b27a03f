package be.ghelamcoalert.adapter.iot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the hostile documents showed: each is refused with its field and reason, and nothing throws. */
class StrictJobDocumentTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");
    final JobDocumentReader reader = new JobDocumentReader(Clock.fixed(NOW, ZONE), ZONE);

    @Test
    void textAfterTheObjectIsRefused() {
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a"} trailing""", "", "is not valid JSON at line 1");
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a"}{"version": 1, "operation": "mute", "eventId": "a"}""", "", "has more after the JSON object");
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a"}
                 []""", "", "exactly one JSON object");
    }

    @Test
    void aKeyTwiceIsRefusedAtAnyDepthNamingIt() {
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a", "eventId": "b"}""", "eventId", "appears twice");
        assertInvalid("""
                {"version": 1, "operation": "change-settings",
                 "nightMode": {"enabled": true, "from": "22:00", "until": "06:30", "action": "DIM", "from": "23:00"}}""", "nightMode.from", "appears twice in the same object at line 2");
    }

    @Test
    void theVersionIsTheWholeNumberOne() {
        for (var version : new String[] {"1.0", "1e0", "\"1\"", "18446744073709551617", "true"}) {
            assertInvalid("""
                    {"version": %s, "operation": "confirm", "eventId": "a"}""".formatted(version), "version", "whole number 1");
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a", "x": [[[[1]]]]}""", "", "deeper than 4 levels");
        assertInvalid("[".repeat(10_000), "", "deeper than 4 levels");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "match\n",
                "match\r",
                "ma\u2028tch",
                "ma\u2029tch",
                "ma\u007ftch",
                "ma\u0085tch",
                "ma\u009btch",
                "ma\u202etch",
                "ma\u2066tch",
                "ma\u200btch",
                "\ufeffmatch",
                "ma\u00adtch"
            })
    void idsWithControlFormatOrBidiCharactersAreRefused(String id) {
        var json = "{\"version\": 1, \"operation\": \"confirm\", \"eventId\": \"" + escaped(id) + "\"}";
        var invalid = assertInvalid(json, "eventId", "control, format and bidi characters");
        assertThat(invalid.reason()).containsPattern("U\\+[0-9A-F]{4}");
    }

    @Test
    void titlesWithBidiOverridesOrOnlySpacesAreRefused() {
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Gala \\u202Egnp.exe", "start": "2026-11-01T19:00:00+01:00"}""", "title", "U+202E (right-to-left override) at position 6");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": " \\u00a0 ", "start": "2026-11-01T19:00:00+01:00"}""", "title", "must not be empty or only spaces");
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a", "\\u202Ex": 1}""", "\u202Ex", "U+202E");
    }

    @Test
    void aTimeOfDayWithALineBreakIsRefusedNotThrown() {
        assertInvalid("""
                {"version": 1, "operation": "change-settings",
                 "nightMode": {"enabled": true, "from": "22:00\\n", "until": "06:30", "action": "DIM"}}""", "nightMode.from", "U+000A");
    }

    @Test
    void timesOutsideTheHorizonAreRefused() {
        assertInvalid(
                """
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "9999-12-31T20:00:00+01:00"}""", "start", "more than 2 years ahead (the latest accepted is 2028-10-01T12:00 Europe/Brussels)");
        assertInvalid("""
                {"version": 1, "operation": "retime-alert", "alertId": "a/light", "dueAt": "2026-09-29T10:00:00Z"}""", "dueAt", "more than 24 hours in the past");
        assertThat(reader.read("""
                {"version": 1, "operation": "retime-alert", "alertId": "a/light", "dueAt": "2028-09-30T10:00:00Z"}""", "j")).isInstanceOf(Valid.class);
    }

    /** 2026-10-25 in Brussels: 03:00 CEST becomes 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z. */
    @Test
    void theSecondOfTwoEqualWallTimesIsRefusedNamingBothAndTheFirstLandsRight() {
        var second = assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Nacht", "start": "2026-10-25T02:30+01:00"}""", "start", "the second 02:30 of the night the clocks go back");
        assertThat(second.reason())
                .contains(
                        "2026-10-25T02:30+02:00 (2026-10-25T00:30:00Z)",
                        "2026-10-25T02:30+01:00 (2026-10-25T01:30:00Z)");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Nacht", "start": "2026-10-24T23:00+02:00", "end": "2026-10-25T01:45Z"}""", "end", "the second 02:45");

        var first = (CreateCustomEvent) ((Valid) reader.read("""
                {"version": 1, "operation": "create-event", "id": "n", "title": "Nacht", "start": "2026-10-25T02:30+02:00"}""", "j")).command();
        assertThat(first)
                .isEqualTo(new CreateCustomEvent(
                        new EventId("n"), "Nacht", LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), Optional.empty()));
        // The kiosk resolves that wall time to the earlier offset: the instant the document meant.
        assertThat(ZonedDateTime.of(first.date(), first.time(), ZONE).toInstant())
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        // An offset that differs from the venue's is honoured as an instant: 18:00Z on a summer day is 20:00 there.
        assertThat(((CreateCustomEvent) ((Valid) reader.read("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2027-07-01T18:00Z"}""", "j")).command()).time())
                .isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        var raw = "{\"version\": 1, \"operation\": \"confirm\", \"eventId\": \"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(raw, "j"))
                .isInstanceOfSatisfying(
                        Invalid.class, i -> assertThat(i.reason()).isEqualTo("is not UTF-8 text"));
    }

    private Invalid assertInvalid(String json, String field, String reasonPart) {
        var request = reader.read(json, "j");
        assertThat(request).as(json).isInstanceOf(Invalid.class);
        var invalid = (Invalid) request;
        assertThat(invalid.field()).as(json).isEqualTo(field);
        assertThat(invalid.reason()).as(json).contains(reasonPart);
        assertThat(invalid.reasonCode().isDocumentProblem()).as(json).isTrue();
        return invalid;
    }

    private static String escaped(String text) {
        var out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }
}
