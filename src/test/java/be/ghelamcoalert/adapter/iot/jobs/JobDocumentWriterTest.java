package be.ghelamcoalert.adapter.iot.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.model.command.UpdateCustomEvent;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document the writer makes is read back by the kiosk's reader as the very same command. */
class JobDocumentWriterTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final EventId MATCH = new EventId("jpl-2026-gent-club-brugge");

    final JobDocumentWriter writer = new JobDocumentWriter(ZONE);
    final JobDocumentReader reader =
            new JobDocumentReader(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZONE), ZONE);

    static Stream<KioskCommand> commands() {
        return Stream.of(
                new SnoozeEvent(MATCH, Duration.ofMinutes(30)),
                new ConfirmClear(MATCH),
                new MuteEvent(MATCH, true, java.util.Optional.of("Behind closed doors")),
                new MuteEvent(MATCH, false),
                new RetimeAlert(new AlertId(MATCH.value() + "/light"), Instant.parse("2026-12-06T15:15:00Z")),
                new AddAlert(
                        MATCH,
                        new AlertId(MATCH.value() + "/remote-1"),
                        AlertKind.WARNING,
                        Instant.parse("2026-12-06T14:45:00Z")),
                new CreateCustomEvent(
                        new EventId("concert"),
                        "Kerstconcert op het veld",
                        LocalDate.of(2026, 12, 5),
                        LocalTime.of(19, 30),
                        Optional.of(LocalTime.of(23, 0))),
                new CreateCustomEvent(
                        new EventId("night"),
                        "Nachtconcert",
                        LocalDate.of(2026, 12, 5),
                        LocalTime.of(22, 0),
                        Optional.of(LocalTime.of(1, 0))),
                new UpdateCustomEvent(
                        new EventId("concert"),
                        "Kerstconcert",
                        LocalDate.of(2026, 12, 5),
                        LocalTime.of(20, 0),
                        Optional.empty()),
                new DeleteCustomEvent(new EventId("concert")),
                new ChangeSettings(
                        Optional.of(Language.EN),
                        Optional.of(new NightSchedule(
                                true, LocalTime.of(22, 0), LocalTime.of(6, 30), NightSchedule.Action.BLANK))),
                new ChangeSettings(Optional.of(Language.NL), Optional.empty()),
                new RefreshFixtures(),
                RunLightTest.lasting(Duration.ofSeconds(10)),
                RunLightTest.configured());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theKiosksReaderReadsTheSameCommandBack(KioskCommand command) {
        var document = writer.write(command);

        assertThat(reader.read(document, "round-trip"))
                .isInstanceOfSatisfying(
                        RemoteJobService.Valid.class,
                        valid -> assertThat(valid.command()).isEqualTo(command));
    }

    @Test
    void writesTimesWithTheVenuesOffsetAsTheExamplesDo() {
        var document = writer.write(
                new RetimeAlert(new AlertId("jpl-2026-gent-club-brugge/light"), Instant.parse("2026-12-06T15:15:00Z")));

        assertThat(document)
                .contains("\"operation\" : \"retime-alert\"")
                .contains("\"dueAt\" : \"2026-12-06T16:15:00+01:00\"");
    }

    @Test
    void refusesACommandItHasNoDocumentFor() {
        assertThatThrownBy(() -> writer.write(new RemoveAlert(new AlertId(MATCH.value() + "/light"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no job document");
    }
}
