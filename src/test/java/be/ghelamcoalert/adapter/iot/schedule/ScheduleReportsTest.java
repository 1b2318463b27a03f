package be.ghelamcoalert.adapter.iot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule report from the kiosk's real store: what it holds, and how it stays within a shadow. */
@IntegrationTest
class ScheduleReportsTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    DeviceUnderTest kiosk;
    final ScheduleJson json = new ScheduleJson();

    @BeforeEach
    void open() {
        kiosk = new DeviceUnderTest(dir, new MutableClock(NOW, DeviceUnderTest.ZONE));
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    ScheduleReports reports() {
        return new ScheduleReports(kiosk.queries, kiosk.status, "test-1.0", json);
    }

    void event(String id, String title, LocalDate date, LocalTime time) {
        kiosk.commands.execute(
                new CreateCustomEvent(new EventId(id), title, date, time, Optional.empty()), Actor.touchScreen());
    }

    @Test
    void holdsEveryEventWithinThirtyDaysWithItsAlertsInTheirStates() {
        event("gala", "Gala", LocalDate.of(2026, 12, 1), LocalTime.of(20, 0));
        event("concert", "Concert", LocalDate.of(2026, 12, 20), LocalTime.of(19, 0));
        event("far", "Too far ahead", LocalDate.of(2027, 1, 5), LocalTime.of(19, 0));
        kiosk.commands.execute(new MuteEvent(new EventId("concert"), true), Actor.touchScreen());
        kiosk.clock.set(Instant.parse("2026-12-01T15:10:00Z")); // 16:10 in Gent: the gala's light is on since 16:00
        kiosk.commands.execute(new SnoozeEvent(new EventId("gala"), Duration.ofMinutes(15)), Actor.touchScreen());
        kiosk.status.report(PartHealth.degraded(Part.IMPORT, NOW, "club: quarantined"));
        kiosk.status.fixtures(new ImportStatus(ImportStatus.Health.OK, Optional.of(NOW), "17 home matches"));

        var report = reports().now();

        assertThat(report.events()).extracting(ScheduleReport.EventEntry::id).containsExactly("gala", "concert");
        var gala = report.events().getFirst();
        assertThat(gala.kickoff()).isEqualTo("2026-12-01T20:00+01:00");
        assertThat(gala.deadline()).isEqualTo(OffsetDateTime.parse("2026-12-01T17:00+01:00"));
        assertThat(gala.alerts())
                .extracting(ScheduleReport.AlertEntry::state)
                .containsExactly("snoozed", "snoozed", "planned");
        assertThat(gala.alerts().get(1).until()).contains(OffsetDateTime.parse("2026-12-01T16:25+01:00"));
        assertThat(gala.alerts().get(2).until()).isEmpty();
        var concert = report.events().get(1);
        assertThat(concert.muted()).isTrue();
        assertThat(concert.alerts())
                .extracting(ScheduleReport.AlertEntry::state)
                .containsOnly("muted");
        assertThat(report.parts().get("import"))
                .isEqualTo(new ScheduleReport.PartEntry("DEGRADED", "club: quarantined"));
        assertThat(report.lastGoodImport()).isEqualTo("2026-12-01T10:00+01:00");
        assertThat(report.eventsLeftOut()).isZero();

        kiosk.commands.execute(new ConfirmClear(new EventId("gala")), Actor.touchScreen());
        assertThat(reports().now().events().getFirst().alerts())
                .extracting(ScheduleReport.AlertEntry::state)
                .containsOnly("confirmed");
    }

    @Test
    void aTimeToBeConfirmedReadsTbcAndTheReportReadsBackAsWritten() {
        event("gala", "Gala", LocalDate.of(2026, 12, 3), LocalTime.of(20, 0));
        var report = reports().now();

        var shadow = ("{\"state\":{\"reported\":" + json.write(report) + "},\"metadata\":{},\"version\":3}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(json.readShadow(shadow)).isEqualTo(report);
        assertThat(json.write(report))
                .contains("\"due\":\"2026-12-02T17:00:00+01:00\"")
                .doesNotContain("until");
    }

    @Test
    void leavesOutTheFurthestEventsToStayWithinEightKilobytesAndCountsThem() {
        var longTitle =
                "KAA Gent - Royale Union Saint-Gilloise, Croky Cup halve finale, heenwedstrijd met extra veiligheid ";
        for (int day = 0; day < 28; day++) {
            event("event-" + day, longTitle + day, LocalDate.of(2026, 12, 2).plusDays(day), LocalTime.of(20, 0));
        }
        var unlimited = new ScheduleReports(kiosk.queries, kiosk.status, "test-1.0", json, Integer.MAX_VALUE).now();
        assertThat(json.stateBytes(unlimited)).isGreaterThan(ScheduleJson.MAX_STATE_BYTES);

        var report = reports().now();

        assertThat(json.stateBytes(report)).isLessThanOrEqualTo(ScheduleJson.MAX_STATE_BYTES);
        assertThat(report.eventsLeftOut()).isPositive();
        assertThat(report.events().size() + report.eventsLeftOut()).isEqualTo(28);
        assertThat(report.events())
                .isEqualTo(unlimited.events().subList(0, report.events().size()));
        var oneMore = new ScheduleReport(
                report.format(),
                report.reportedAt(),
                report.appVersion(),
                report.horizonDays(),
                report.lastGoodImport(),
                report.importHealth(),
                report.parts(),
                unlimited.events().subList(0, report.events().size() + 1),
                report.eventsLeftOut() - 1);
        assertThat(json.stateBytes(oneMore))
                .as("one event more would not fit")
                .isGreaterThan(ScheduleJson.MAX_STATE_BYTES);
    }
}
