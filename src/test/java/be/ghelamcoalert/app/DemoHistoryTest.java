package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.config.KioskSettings;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.UpdateJob;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class DemoHistoryTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dataDir;

    @Test
    void theDemoHasAWeekOfMetricsWithAnOutageAFailingSiteAndAMatchEvening() {
        var clock = MutableClock.at(brussels(2026, 11, 26, 17, 40));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var outbox = new JdbiMetricsOutbox(kiosk.database(), clock);
            DemoHistory.seed(
                    kiosk.database(), clock, BRUSSELS, outbox, new JdbiJobLedger(kiosk.database()), DemoUpdate.NONE);

            var week = outbox.windowsBetween(
                    clock.instant().minus(DemoHistory.SPAN).minusSeconds(3600), clock.instant());
            assertThat(week).hasSize(7 * 24);
            assertThat(sum(week, MetricNames.CLOUD_ONLINE_SECONDS) / (7 * 24 * 3600.0))
                    .isBetween(0.98, 0.999);
            assertThat(sum(week, MetricNames.HEARTBEATS)).isEqualTo((7 * 24 - 2) * 60.0);
            assertThat(sum(week, MetricNames.IMPORTS_FAILED)).isEqualTo(3.0);
            assertThat(sum(week, MetricNames.IMPORTS_QUARANTINED)).isEqualTo(1.0);
            assertThat(sum(week, MetricNames.RELAY_ON_SECONDS)).isEqualTo(1500.0);
            assertThat(sum(week, MetricNames.SNOOZES)).isEqualTo(1.0);
            assertThat(sum(week, MetricNames.CONFIRMATIONS)).isEqualTo(1.0);
        }
    }

    @Test
    void itsRemoteCommandsIncludeOneTheReaderRejected() {
        var clock = MutableClock.at(brussels(2026, 11, 26, 17, 40));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var ledger = new JdbiJobLedger(kiosk.database());
            DemoHistory.seed(
                    kiosk.database(),
                    clock,
                    BRUSSELS,
                    new JdbiMetricsOutbox(kiosk.database(), clock),
                    ledger,
                    DemoUpdate.NONE);

            var all = ledger.latest(50);
            assertThat(all)
                    .hasSize(8)
                    .allSatisfy(job -> assertThat(job.receivedAt()).isBefore(clock.instant()));
            var jobs = all.stream()
                    .filter(job -> !job.operation().equals("update"))
                    .toList();
            assertThat(jobs).hasSize(5);
            assertThat(jobs.getFirst().operation()).isEqualTo("light-test");
            assertThat(jobs)
                    .filteredOn(job -> job.outcome() == JobRecord.Outcome.REJECTED)
                    .singleElement()
                    .satisfies(job -> assertThat(job.reason()).startsWith("duration"));
            assertThat(jobs)
                    .anySatisfy(
                            job -> assertThat(job.reason()).startsWith("snoozed KAA Gent - KV Mechelen until 17:19"));
            assertThat(jobs)
                    .as("recorded as real jobs are, so the screen words them in its language")
                    .allSatisfy(job -> assertThat(job.reasonCode()).isPresent());
            assertThat(jobs)
                    .filteredOn(job -> job.outcome() == JobRecord.Outcome.REJECTED)
                    .singleElement()
                    .satisfies(job -> assertThat(job.reasonCode().orElseThrow().isDocumentProblem())
                            .isTrue());
        }
    }

    @Test
    void everyDemoStartBeginsAfreshSoTheHistoryIsNotCountedTwice() {
        var config = new KioskConfig(
                new KioskSettings("Demo", "nl", Optional.of(dataDir.toString())), null, null, null, null, null);
        var clock = Clock.system(BRUSSELS);
        for (int start = 0; start < 2; start++) {
            Device.start(config, clock, dataDir.resolve("no-fixtures.yaml"), true)
                    .close();
        }

        try (var kiosk = Kiosk.open(config, clock, dataDir.resolve("demo"))) {
            var week = new JdbiMetricsOutbox(kiosk.database(), clock)
                    .windowsBetween(clock.instant().minus(DemoHistory.SPAN).minusSeconds(3600), clock.instant());
            assertThat(sum(week, MetricNames.IMPORTS_QUARANTINED)).isEqualTo(1.0);
            assertThat(new JdbiJobLedger(kiosk.database()).latest(50)).hasSize(8);
            assertThat(kiosk.events().all())
                    .hasSize(DemoData.events(clock, kiosk.planning().planner().deadlines())
                            .size());
        }
    }

    @Test
    void itsUpdatesAreOneRefusedOneRolledBackAndTheNewestAsTheDemoIsToldAndTheStatusBarFollows() {
        var clock = MutableClock.at(brussels(2026, 11, 26, 17, 40));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            var ledger = new JdbiJobLedger(kiosk.database());
            var update = DemoUpdate.of(Optional.of("rolled-back"));
            DemoHistory.seed(
                    kiosk.database(), clock, BRUSSELS, new JdbiMetricsOutbox(kiosk.database(), clock), ledger, update);

            var updates = ledger.latest(50).stream()
                    .map(UpdateJob::of)
                    .flatMap(Optional::stream)
                    .toList();
            assertThat(updates)
                    .containsExactly(
                            new UpdateJob(Optional.of(ReleaseVersion.of("1.5.1")), UpdateJob.Stage.ROLLED_BACK),
                            new UpdateJob(Optional.of(ReleaseVersion.of("1.5.0")), UpdateJob.Stage.ROLLED_BACK),
                            new UpdateJob(Optional.of(ReleaseVersion.of("1.5.0")), UpdateJob.Stage.REFUSED));
            assertThat(update.change(clock.instant()))
                    .contains(ReleaseChange.rolledBack(
                            ReleaseVersion.of("1.4.0"), ReleaseVersion.of("1.5.1"), clock.instant()));
        }
        assertThat(DemoUpdate.of(Optional.empty())).isEqualTo(DemoUpdate.NONE);
        assertThat(DemoUpdate.NONE.change(clock.instant())).isEmpty();
        assertThat(DemoUpdate.of(Optional.of("kept"))
                        .change(clock.instant())
                        .orElseThrow()
                        .kind())
                .isEqualTo(ReleaseChange.Kind.UPDATED);
    }

    private static double sum(List<MetricWindow> windows, String metric) {
        return windows.stream().mapToDouble(w -> w.value(metric)).sum();
    }
}
