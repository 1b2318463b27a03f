package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiRepositoriesTest {
    @TempDir
    Path dataDir;

    private Database database;
    private JdbiEventRepository events;
    private JdbiAlertRepository alerts;
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        events = new JdbiEventRepository(database);
        alerts = new JdbiAlertRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eventsRoundTripIncludingAnUnknownKickoffTime() {
        var tbc = homeMatch("standard", EventStart.timeToBeConfirmed(LocalDate.of(2027, 2, 14)));
        var known = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30)).withMuted(true);
        events.save(tbc);
        events.save(known);

        assertThat(events.find(tbc.id())).contains(tbc);
        assertThat(events.startingFrom(LocalDate.of(2027, 1, 11))).containsExactly(tbc);
        assertThat(events.all()).containsExactly(known, tbc);
    }

    @Test
    void saveReplacesTheEventWithTheSameId() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        events.save(event);
        events.save(event.withStatus(EventStatus.MOVED));

        assertThat(events.all()).singleElement().extracting(e -> e.status()).isEqualTo(EventStatus.MOVED);
    }

    @Test
    void alertsRoundTripAndReplaceForEventDropsTheOthers() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        events.save(event);
        var planned = planner.plan(event);
        var snoozed = planned.get(1).snoozedUntil(planned.get(1).dueAt().plusSeconds(600));
        alerts.replaceForEvent(event.id(), java.util.List.of(planned.get(0), snoozed, planned.get(2)));

        assertThat(alerts.forEvent(event.id())).containsExactly(planned.get(0), snoozed, planned.get(2));

        alerts.replaceForEvent(event.id(), java.util.List.of(planned.get(2)));
        assertThat(alerts.forEvent(event.id())).containsExactly(planned.get(2));
        assertThat(alerts.endingAfter(planned.get(2).endsAt())).isEmpty();
    }

    @Test
    void deletingAnEventDeletesItsAlerts() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        events.save(event);
        alerts.replaceForEvent(event.id(), planner.plan(event));

        events.delete(event.id());

        assertThat(alerts.forEvent(event.id())).isEmpty();
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));

        assertThatThrownBy(() -> database.run(() -> {
            events.save(event);
            alerts.replaceForEvent(event.id(), planner.plan(event));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");

        assertThat(events.find(event.id())).isEmpty();
        assertThat(alerts.forEvent(event.id())).isEmpty();
    }

    @Test
    void committedDataSurvivesAReopen() {
        var event = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));
        events.save(event);
        new JdbiAuditLog(database).append(new AuditEntry(Instant.parse("2026-12-01T10:00:00Z"), Actor.touchScreen(),
                "mute", Optional.of(new EventId("brugge")), "détail — ünïcode"));
        database.close();

        database = Database.open(dataDir);
        assertThat(new JdbiEventRepository(database).find(event.id())).contains(event);
        assertThat(new JdbiAuditLog(database).latest(5)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("détail — ünïcode"));
    }
}
