package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.StoreHealth.State;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.SmallFilesystem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a small loop-mounted ext4 file system that fills up or turns read-only: the failure
 * shows in the store's health at once, nothing committed before is lost, and once there is room
 * again (or the card is repaired) a confirm goes through without restarting the kiosk.
 */
@IntegrationTest
class StoreOnSmallDiskTest {
    private static final int IDLE_CONNECTIONS = 4;

    @TempDir
    Path work;

    private final MutableClock clock = MutableClock.at("2026-11-28T14:00");
    private SmallFilesystem card;
    private Path dataDir;
    private Database database;
    private JdbiAlertRepository alerts;
    private JdbiAuditLog audit;
    private JdbiStoreProbe probe;
    private Alert light;
    private int auditEntriesCommitted;

    @BeforeEach
    void openTheStoreOnASmallCard() throws Exception {
        card = SmallFilesystem.mount(work, 16);
        dataDir = card.root().resolve("ghelamco-alert");
        database = Database.open(dataDir);
        alerts = new JdbiAlertRepository(database);
        audit = new JdbiAuditLog(database);
        probe = new JdbiStoreProbe(database, clock, Duration.ofSeconds(5));
        var match = homeMatch("club-brugge", LocalDate.of(2026, 11, 28), LocalTime.of(20, 45));
        new JdbiEventRepository(database).save(match);
        alerts.replaceForEvent(
                match.id(), new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard()).plan(match));
        light = alerts.forEvent(match.id()).getLast();
        for (int i = 0; i < 20; i++) {
            appendAudit(i);
        }
        keepIdleConnectionsInThePool();
        assertThat(probe.probe().state()).isEqualTo(State.OK);
    }

    @AfterEach
    void close() throws Exception {
        if (probe != null) {
            probe.close();
        }
        if (database != null) {
            database.close();
        }
        if (card != null) {
            card.close();
        }
    }

    @Test
    void aFullDiskIsReportedAndTheStoreWorksAgainWhenThereIsRoom() throws Exception {
        card.fill();

        var failed = writeUntilAWriteFails();

        assertThat(failed).as("a write on a full disk fails").isPresent();
        assertThat(database.health().state())
                .as("seen at once, before any probe")
                .isEqualTo(State.FULL);
        assertThat(database.health().reason()).isEqualTo("Store: disk full (" + dataDir + ")");
        assertThat(probe.probe().state()).isEqualTo(State.FULL);

        card.free();

        var confirmed = light.confirmed(clock.instant());
        alerts.save(confirmed); // the first confirm after the disk has room again goes through
        assertThat(alerts.find(confirmed.id())).contains(confirmed);
        assertThat(probe.probe().state()).isEqualTo(State.OK);
        assertThat(database.health().isOk()).isTrue();
        assertNothingCommittedIsLost(confirmed);
    }

    @Test
    void aCardTurnedReadOnlyIsReportedAndTheStoreWorksAgainOnceRepaired() throws Exception {
        card.writeBack(); // what was committed some time before the card error is on the card
        card.failReadOnly();

        var failed = writeUntilAWriteFails();

        assertThat(failed).as("a write on a read-only file system fails").isPresent();
        assertThat(database.health().state()).isEqualTo(State.READ_ONLY);
        assertThat(database.health().reason()).isEqualTo("Store: read-only file system (" + dataDir + ")");
        assertThat(probe.probe().state()).isEqualTo(State.READ_ONLY);

        card.repair(); // the kiosk keeps running: H2 closed its file when the write failed, so the card unmounts

        var snoozed = light.snoozedUntil(light.clearBy());
        alerts.save(snoozed);
        assertThat(alerts.find(snoozed.id())).contains(snoozed);
        assertThat(probe.probe().state()).isEqualTo(State.OK);
        assertNothingCommittedIsLost(snoozed);
    }

    /** Several threads use the store in the kiosk: the pool holds several connections when the write fails. */
    private void keepIdleConnectionsInThePool() {
        var handles = new ArrayList<Handle>();
        for (int i = 0; i < IDLE_CONNECTIONS; i++) {
            handles.add(database.jdbi().open());
        }
        handles.forEach(Handle::close);
    }

    /** Appends audit entries (as every confirm and snooze does) until one fails; counts those that went through. */
    private Optional<RuntimeException> writeUntilAWriteFails() {
        for (int i = 0; i < 2_000; i++) {
            try {
                appendAudit(auditEntriesCommitted);
            } catch (RuntimeException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private void appendAudit(int number) {
        audit.append(new AuditEntry(
                Instant.parse("2026-11-28T13:00:00Z").plusSeconds(number),
                Actor.touchScreen(),
                "snooze",
                Optional.empty(),
                "entry " + number + " " + "x".repeat(900)));
        auditEntriesCommitted++;
    }

    private void assertNothingCommittedIsLost(Alert changed) {
        assertThat(audit.latest(10_000)).hasSize(auditEntriesCommitted);
        database.close();
        database = Database.open(dataDir); // as after a restart
        var reopened = new JdbiAlertRepository(database);
        assertThat(reopened.find(changed.id())).contains(changed);
        assertThat(new JdbiAuditLog(database).latest(10_000)).hasSize(auditEntriesCommitted);
        assertThat(new JdbiEventRepository(database).all())
                .extracting(Event::title)
                .containsExactly("KAA Gent - club-brugge");
    }
}
