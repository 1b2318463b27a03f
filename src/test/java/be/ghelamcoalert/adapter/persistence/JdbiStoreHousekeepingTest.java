package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.PruneCounts;
import be.ghelamcoalert.core.model.RetentionPolicy;
import be.ghelamcoalert.core.model.fixtures.SourceRef;
import be.ghelamcoalert.core.port.FixtureImportStore.RawPage;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiStoreHousekeepingTest {
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final RetentionPolicy POLICY = RetentionPolicy.DEFAULTS;

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
    void pastEventsGoWithTheirAlertsAndLinksOnceTheRetentionIsOver() {
        var old = planned(homeMatch("old", TODAY.minusDays(401), LocalTime.of(20, 45)));
        var lastSeason = planned(homeMatch("last-season", TODAY.minusDays(399), LocalTime.of(20, 45)));
        var upcoming = planned(homeMatch("upcoming", TODAY.plusDays(3), LocalTime.of(18, 30)));
        var links = new JdbiFixtureImportStore(database);
        links.saveLinks(Map.of(new SourceRef("club", "1"), old.id(), new SourceRef("club", "2"), upcoming.id()));

        var removed = prune();

        assertThat(removed.events()).isEqualTo(1);
        assertThat(removed.alerts()).isEqualTo(planner.plan(old).size());
        assertThat(events.all()).extracting(Event::id).containsExactly(lastSeason.id(), upcoming.id());
        assertThat(alerts.forEvent(old.id())).isEmpty();
        assertThat(alerts.forEvent(upcoming.id()))
                .hasSize(planner.plan(upcoming).size());
        assertThat(links.links()).containsOnlyKeys(new SourceRef("club", "2"));
    }

    @Test
    void anOldEventWhoseAlertHasNotEndedStays() {
        var old = homeMatch("replayed", TODAY.minusDays(500), LocalTime.of(20, 45));
        events.save(old);
        var running = planner.plan(old).getLast();
        alerts.save(
                running.retimed(NOW.minusSeconds(60), NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(1))));

        assertThat(prune().events()).isZero();
        assertThat(events.find(old.id())).isPresent();
    }

    @Test
    void logsJobsAndSeenNoticesGoAfterTheirPeriodsAndUnseenNoticesStay() {
        var audit = new JdbiAuditLog(database);
        audit.append(entry(NOW.minus(Duration.ofDays(401)), "old"));
        audit.append(entry(NOW.minus(Duration.ofDays(399)), "recent"));
        var ledger = new JdbiJobLedger(database);
        ledger.record(job("old-job", NOW.minus(Duration.ofDays(401))), "");
        ledger.record(job("recent-job", NOW.minus(Duration.ofDays(10))), "");
        var notices = new JdbiNoticeRepository(database);
        var seenLongAgo =
                notices.add(Optional.empty(), "seen long ago", Optional.empty(), NOW.minus(Duration.ofDays(200)));
        notices.markSeen(seenLongAgo, NOW.minus(Duration.ofDays(91)));
        var seenLately =
                notices.add(Optional.empty(), "seen lately", Optional.empty(), NOW.minus(Duration.ofDays(200)));
        notices.markSeen(seenLately, NOW.minus(Duration.ofDays(89)));
        notices.add(Optional.empty(), "never seen", Optional.empty(), NOW.minus(Duration.ofDays(300)));

        var removed = prune();

        assertThat(removed).isEqualTo(new PruneCounts(0, 0, 1, 1, 1, 0));
        assertThat(audit.latest(10)).extracting(AuditEntry::detail).containsExactly("recent");
        assertThat(ledger.latest(10)).extracting(JobRecord::jobId).containsExactly("recent-job");
        assertThat(notices.unseen()).extracting(n -> n.text()).containsExactly("never seen");
        assertThat(count("notices")).isEqualTo(2);
    }

    @Test
    void pruningGoesInBatchesUntilNothingOldIsLeft() {
        var audit = new JdbiAuditLog(database);
        for (int i = 0; i < 23; i++) {
            audit.append(entry(NOW.minus(Duration.ofDays(500)).plusSeconds(i), "old " + i));
            planned(homeMatch("old-" + i, TODAY.minusDays(500 + i), LocalTime.of(20, 45)));
        }
        audit.append(entry(NOW, "today"));

        var removed = new JdbiStoreHousekeeping(database, 5).prune(NOW, POLICY);

        assertThat(removed.auditEntries()).isEqualTo(23);
        assertThat(removed.events()).isEqualTo(23);
        assertThat(audit.latest(100)).extracting(AuditEntry::detail).containsExactly("today");
        assertThat(events.all()).isEmpty();
    }

    @Test
    void quarantinedPagesBeyondThePolicysNumberGoNewestKept() {
        var generous = new JdbiFixtureImportStore(
                database,
                new RetentionPolicy(
                        POLICY.pastEvents(),
                        POLICY.auditLog(),
                        POLICY.jobLedger(),
                        POLICY.seenNotices(),
                        8,
                        POLICY.quarantinedPageBytes()));
        for (int i = 0; i < 8; i++) {
            generous.keepRawPage(new RawPage("club", NOW.plusSeconds(i), "reason", "page " + i));
        }

        assertThat(prune().quarantinedPages()).isEqualTo(3);
        assertThat(generous.rawPages("club"))
                .extracting(RawPage::content)
                .containsExactly("page 7", "page 6", "page 5", "page 4", "page 3");
    }

    private PruneCounts prune() {
        return new JdbiStoreHousekeeping(database).prune(NOW, POLICY);
    }

    private Event planned(Event event) {
        events.save(event);
        alerts.replaceForEvent(event.id(), planner.plan(event));
        return event;
    }

    private int count(String table) {
        return database.jdbi()
                .withHandle(h -> h.select("SELECT COUNT(*) FROM " + table)
                        .mapTo(Integer.class)
                        .one());
    }

    private static AuditEntry entry(Instant at, String detail) {
        return new AuditEntry(at, Actor.touchScreen(), "confirm", Optional.of(new EventId("any")), detail);
    }

    private static JobRecord job(String id, Instant receivedAt) {
        return new JobRecord(id, 1, receivedAt, "snooze", JobRecord.Outcome.SUCCEEDED, "snoozed");
    }
}
