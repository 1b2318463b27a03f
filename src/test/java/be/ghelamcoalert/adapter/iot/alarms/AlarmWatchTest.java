package be.ghelamcoalert.adapter.iot.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gala at 20:00 in Gent: the car park must be clear by 17:00, the light comes on at 16:00. */
@IntegrationTest
class AlarmWatchTest {
    @TempDir
    Path dir;

    DeviceUnderTest kiosk;
    final AlarmWatch watch = new AlarmWatch("Lobby kiosk");

    @BeforeEach
    void open() {
        kiosk = new DeviceUnderTest(dir, new MutableClock(Instant.parse("2026-12-01T13:00:00Z"), DeviceUnderTest.ZONE));
        kiosk.commands.execute(
                new CreateCustomEvent(
                        new EventId("gala"), "Gala", LocalDate.of(2026, 12, 1), LocalTime.of(20, 0), Optional.empty()),
                Actor.touchScreen());
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    List<AlarmNotice> lookAt(String instant) {
        kiosk.clock.set(Instant.parse(instant));
        return watch.look(kiosk.queries.upcoming(), kiosk.clock.instant());
    }

    List<String> dutch(List<AlarmNotice> notices) {
        return notices.stream().map(AlarmNotice::dutch).toList();
    }

    @Test
    void tellsTheLightTheSnoozeTheOverdueEveryQuarterAndTheConfirmation() {
        assertThat(lookAt("2026-12-01T14:00:00Z"))
                .as("the first look takes stock")
                .isEmpty();

        var light = lookAt("2026-12-01T15:00:00Z");
        assertThat(dutch(light)).containsExactly("Parking moet leeg om 17:00 — Gala (Lobby kiosk)");
        assertThat(light.getFirst().english()).isEqualTo("Car park must be clear by 17:00 — Gala (Lobby kiosk)");
        assertThat(lookAt("2026-12-01T15:01:00Z")).isEmpty();

        kiosk.commands.execute(new SnoozeEvent(new EventId("gala"), Duration.ofMinutes(15)), Actor.touchScreen());
        assertThat(dutch(lookAt("2026-12-01T15:02:00Z")))
                .containsExactly("Licht gesnoozed tot 16:16, parking leeg om 17:00 — Gala (Lobby kiosk)");

        assertThat(dutch(lookAt("2026-12-01T16:00:00Z")))
                .containsExactly("TE LAAT: parking moest leeg zijn om 17:00 — Gala (Lobby kiosk)");
        assertThat(lookAt("2026-12-01T16:14:00Z"))
                .as("not before a quarter has passed")
                .isEmpty();
        assertThat(lookAt("2026-12-01T16:15:00Z"))
                .extracting(AlarmNotice::transition)
                .containsExactly(AlarmNotice.Transition.OVERDUE);
        assertThat(lookAt("2026-12-01T16:20:00Z")).isEmpty();

        kiosk.commands.execute(new ConfirmClear(new EventId("gala")), Actor.touchScreen());
        var confirmed = lookAt("2026-12-01T16:21:00Z");
        assertThat(confirmed.getFirst().english()).isEqualTo("Car park confirmed clear at 17:21 — Gala (Lobby kiosk)");
        assertThat(lookAt("2026-12-01T16:30:00Z"))
                .as("confirmed: the overdue messages stop")
                .isEmpty();
        assertThat(lookAt("2026-12-01T16:45:00Z")).isEmpty();
    }

    @Test
    void aKioskThatStartsAgainWhileOverdueTellsItAtOnce() {
        assertThat(lookAt("2026-12-01T16:05:00Z"))
                .extracting(AlarmNotice::transition)
                .containsExactly(AlarmNotice.Transition.OVERDUE);
    }

    @Test
    void aMutedEventIsNeverTold() {
        kiosk.commands.execute(new MuteEvent(new EventId("gala"), true), Actor.touchScreen());
        lookAt("2026-12-01T14:00:00Z");

        assertThat(lookAt("2026-12-01T15:00:00Z")).isEmpty();
        assertThat(lookAt("2026-12-01T16:05:00Z")).isEmpty();
    }
}
