package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.schedule.ScheduleJson;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The named shadow {@code schedule}, as the kiosk sends it through the real TLS broker. */
@IntegrationTest
class IotDeviceScheduleShadowTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final TestCloud cloud = new TestCloud(THING, NOW);

    IotDevice device;
    final ScheduleJson json = new ScheduleJson();

    @BeforeEach
    void start() throws Exception {
        device = cloud.kiosk().connect(cloud.settings("ca"));
    }

    ScheduleReport last() {
        var updates = cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW);
        assertThat(updates).as("schedule shadow updates").isNotEmpty();
        return json.readShadow(updates.getLast().getBytes(StandardCharsets.UTF_8));
    }

    boolean sent(java.util.function.Predicate<ScheduleReport> what) {
        var updates = cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW);
        return !updates.isEmpty() && what.test(last());
    }

    void gala(String id, int day) {
        cloud.kiosk()
                .commands
                .execute(
                        new CreateCustomEvent(
                                new EventId(id),
                                "Gala " + day,
                                LocalDate.of(2026, 12, day),
                                LocalTime.of(20, 0),
                                Optional.empty()),
                        Actor.touchScreen());
    }

    @Test
    void reportsTheScheduleOnConnectAndOnChangeInItsOwnShadow() {
        await().atMost(WAIT)
                .until(() -> !cloud.service()
                        .namedShadowUpdates(IotDevice.SCHEDULE_SHADOW)
                        .isEmpty());
        assertThat(last().events()).isEmpty();
        assertThat(last().parts()).containsKeys("alarm", "store", "relay", "cloud", "import");

        gala("gala", 3);

        await().atMost(WAIT).until(() -> sent(report -> report.events().size() == 1));
        var event = last().events().getFirst();
        assertThat(event.title()).isEqualTo("Gala 3");
        assertThat(event.alerts())
                .extracting(ScheduleReport.AlertEntry::state)
                .containsExactly("planned", "planned", "planned");
        assertThat(cloud.service().shadowReports())
                .as("the classic shadow keeps its own keys")
                .allSatisfy(reported -> assertThat(reported.has("events")).isFalse());
    }

    @Test
    void foldsABurstOfChangesIntoFewUpdates() {
        await().atMost(WAIT)
                .until(() -> !cloud.service()
                        .namedShadowUpdates(IotDevice.SCHEDULE_SHADOW)
                        .isEmpty());
        var before =
                cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW).size();

        for (int i = 0; i < 50; i++) {
            cloud.kiosk().status.report(PartHealth.degraded(Part.IMPORT, NOW, "burst " + i));
        }

        await().atMost(WAIT)
                .until(() ->
                        sent(report -> report.parts().get("import").reason().equals("burst 49")));
        assertThat(cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW).size() - before)
                .isBetween(1, 5);
    }

    @Test
    void sendsAgainWhenTimeAloneChangedAnAlertAndNotWhenNothingChanged() {
        gala("gala", 2);
        await().atMost(WAIT).until(() -> sent(report -> report.events().size() == 1));
        var sent = cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW).size();

        device.everyMinute();
        cloud.kiosk().clock.advance(Duration.ofMinutes(1));
        device.everyMinute();
        assertThat(cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW))
                .as("nothing changed but the time")
                .hasSize(sent);

        cloud.kiosk()
                .clock
                .set(Instant.parse("2026-12-01T17:00:00Z")); // the day-before notice falls due at 18:00 in Gent
        device.everyMinute();

        await().atMost(WAIT)
                .until(() ->
                        last().events().getFirst().alerts().getFirst().state().equals("active"));
        assertThat(cloud.service().namedShadowUpdates(IotDevice.SCHEDULE_SHADOW))
                .hasSize(sent + 1);
    }
}
