package be.ghelamcoalert.adapter.iot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Request;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobDocumentReaderTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    final JobDocumentReader reader =
            new JobDocumentReader(Clock.fixed(Instant.parse("2026-06-20T10:00:00Z"), ZONE), ZONE);

    @Test
    void eventTimesWithAnyOffsetBecomeLocalTimesAtTheVenue() {
        var command = valid("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T18:00:00Z", "end": "2026-07-01T21:30:00Z"}""");

        assertThat(command)
                .isEqualTo(new CreateCustomEvent(
                        new be.ghelamcoalert.core.model.EventId("job-job-7"),
                        "Gala",
                        LocalDate.of(2026, 7, 1),
                        LocalTime.of(20, 0),
                        Optional.of(LocalTime.of(23, 30))));
    }

    /** A concert until after midnight: the end is kept as its time of day, which the kiosk reads as the next day's. */
    @Test
    void anEndAfterMidnightIsTheNextDaysTime() {
        var command = (CreateCustomEvent) valid("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T20:00:00Z", "end": "2026-07-01T23:30:00Z"}""");

        assertThat(command.time()).isEqualTo(LocalTime.of(22, 0));
        assertThat(command.endTime()).contains(LocalTime.of(1, 30));
    }

    @Test
    void readsDurationsInstantsKindsAndDefaults() {
        assertThat(valid("""
                {"version": 1, "operation": "snooze", "eventId": "m", "duration": "PT20M"}"""))
                .isEqualTo(new SnoozeEvent(new be.ghelamcoalert.core.model.EventId("m"), Duration.ofMinutes(20)));
        assertThat(valid("""
                {"version": 1, "operation": "add-alert", "eventId": "m", "kind": "OVERDUE", "dueAt": "2026-12-06T15:45:00+01:00"}"""))
                .isEqualTo(new AddAlert(
                        new be.ghelamcoalert.core.model.EventId("m"),
                        new be.ghelamcoalert.core.model.AlertId("m/job-job-7"),
                        AlertKind.OVERDUE,
                        Instant.parse("2026-12-06T14:45:00Z")));
        assertThat(valid("""
                {"version": 1, "operation": "mute", "eventId": "m", "muted": false}""")).isEqualTo(new MuteEvent(new be.ghelamcoalert.core.model.EventId("m"), false));
        assertThat(valid("""
                {"version": 1, "operation": "light-test"}""")).isEqualTo(RunLightTest.configured());
    }

    @Test
    void readsASettingsChangeWithOnlyWhatItNames() {
        assertThat(valid("""
                {"version": 1, "operation": "change-settings", "language": "en"}""")).isEqualTo(ChangeSettings.language(Language.EN));
        assertThat(valid("""
                {"version": 1, "operation": "change-settings",
                 "nightMode": {"enabled": true, "from": "21:15", "until": "07:00", "action": "BLANK"}}"""))
                .isEqualTo(ChangeSettings.nightMode(
                        new NightSchedule(true, LocalTime.of(21, 15), LocalTime.of(7, 0), NightSchedule.Action.BLANK)));
    }

    @Test
    void rejectsASettingsChangeThatNamesNothingOrAnEmptyNight() {
        assertInvalid("""
                {"version": 1, "operation": "change-settings"}""", "language", "required");
        assertInvalid("""
                {"version": 1, "operation": "change-settings", "language": "fr"}""", "language", "enumeration");
        assertInvalid(
                """
                {"version": 1, "operation": "change-settings",
                 "nightMode": {"enabled": true, "from": "24:00", "until": "07:00", "action": "DIM"}}""",
                "nightMode.from",
                "is not in the expected form: Start of the night, wall time at the venue (Europe/Brussels), e.g. 22:00.");
        assertInvalid("""
                {"version": 1, "operation": "change-settings",
                 "nightMode": {"enabled": true, "from": "22:00", "until": "22:00", "action": "DIM"}}""", "nightMode.until", "must differ from the start of the night (22:00)");
    }

    @Test
    void rejectsWhatIsWrongNamingTheField() {
        assertInvalid("not json", "", "is not valid JSON");
        assertInvalid("[1, 2]", "", "must be a JSON object");
        assertInvalid("""
                {"version": 1}""", "operation", "is required");
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "a", "eventId": "b"}""", "eventId", "appears twice");
        assertInvalid("""
                {"version": "1", "operation": "confirm", "eventId": "a"}""", "version", "must be 1");
        assertInvalid("""
                {"version": 1, "operation": "confirm"}""", "eventId", "required");
        assertInvalid("""
                {"version": 1, "operation": "mute", "eventId": "a", "muted": "yes"}""", "muted", "boolean");
        assertInvalid("""
                {"version": 1, "operation": "add-alert", "eventId": "a", "kind": "SIREN", "dueAt": "2026-12-06T15:45:00Z"}""", "kind", "enumeration");
        assertInvalid("""
                {"version": 1, "operation": "retime-alert", "alertId": "a/light", "dueAt": "2026-12-06 15:45"}""", "dueAt", "is not in the expected form: An ISO-8601 date-time WITH an offset");
        assertInvalid("""
                {"version": 1, "operation": "snooze", "eventId": "a", "duration": "15 minutes"}""", "duration", "is not in the expected form: ISO-8601 duration, at most PT4H, e.g. PT15M.");
        assertInvalid("""
                {"version": 1, "operation": "retime-alert", "alertId": "a/light", "dueAt": "2026-13-06T15:45:00Z"}""", "dueAt", "not a valid date-time");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T18:00:00Z", "end": "2026-07-02T18:00:00Z"}""", "end", "less than a day after the start");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T18:00:00Z", "end": "2026-07-01T18:00:00Z"}""", "end", "after the start");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T18:00:00Z", "end": "2026-07-01T17:00:00Z"}""", "end", "after the start");
        assertInvalid("""
                {"version": 1, "operation": "snooze", "eventId": "a", "duration": "PT5H"}""", "duration", "at most 240 minutes");
        assertInvalid("""
                {"version": 1, "operation": "snooze", "eventId": "a", "duration": "PT0M"}""", "duration", "positive");
        assertInvalid("""
                {"version": 1, "operation": "confirm", "eventId": "%s"}""".formatted("e".repeat(121)), "eventId", "120");
        assertInvalid("""
                {"version": 1, "operation": "create-event", "title": "Bad\\u0007title", "start": "2026-07-01T18:00:00Z"}""", "title", "contains U+0007 (bel) at position 4");
        assertInvalid(
                "{\"version\": 1, \"operation\": \"confirm\", \"eventId\": \"a\", \"pad\": \"" + "x".repeat(40_000)
                        + "\"}",
                "",
                "larger than 32 KB");
    }

    @Test
    void aCommandsOwnRefusalKeepsItsCodeAndFieldWhileTheSchemasProblemsAreTheDocuments() {
        var endFirst = (Invalid) reader.read("""
                {"version": 1, "operation": "create-event", "title": "Gala", "start": "2026-07-01T18:00:00Z", "end": "2026-07-01T17:00:00Z"}""", "job-7");
        assertThat(endFirst.field()).as("the document's name").isEqualTo("end");
        assertThat(endFirst.reasonCode())
                .isEqualTo(ReasonCode.of(
                        ReasonCode.Family.REFUSAL, "END_NOT_AFTER_START", "endTime", LocalTime.of(20, 0)));
        assertThat(endFirst.reasonCode().isDocumentProblem()).isFalse();

        var tooLong = (Invalid) reader.read("""
                {"version": 1, "operation": "snooze", "eventId": "a", "duration": "PT5H"}""", "job-7");
        assertThat(tooLong.reasonCode())
                .isEqualTo(ReasonCode.of(ReasonCode.Family.REFUSAL, "TOO_MANY_MINUTES", "duration", 240L));

        var mistyped = (Invalid) reader.read("""
                {"version": 1, "operation": "snooze", "eventId": "a", "duration": "15 minutes"}""", "job-7");
        assertThat(mistyped.reasonCode().isDocumentProblem()).isTrue();
        assertThat(mistyped.reasonCode().args()).containsExactly(new MessageArgument.Text(mistyped.reason()));
    }

    private Object valid(String json) {
        Request request = reader.read(json, "job-7");
        assertThat(request).as(request.toString()).isInstanceOf(Valid.class);
        return ((Valid) request).command();
    }

    private void assertInvalid(String json, String field, String reasonPart) {
        Request request = reader.read(json, "job-7");
        assertThat(request).as(json).isInstanceOf(Invalid.class);
        var invalid = (Invalid) request;
        assertThat(invalid.field()).as(json).isEqualTo(field);
        assertThat(invalid.reason()).as(json).contains(reasonPart);
    }
}
