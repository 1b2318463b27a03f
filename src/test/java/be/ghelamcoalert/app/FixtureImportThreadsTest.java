package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.persistence.JdbiJobLedger;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.ImportStatus.Health;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.fixtures.SourcePage;
import be.ghelamcoalert.core.port.FixtureSource;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.FixtureImportService;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.testing.Fixtures;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import runs on its own thread, one at a time: a site that hangs holds up neither a remote
 * job nor the caller, and a refresh asked for meanwhile joins the import running.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@IntegrationTest
class FixtureImportThreadsTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Kiosk kiosk;
    private HeldSource source;
    private FixtureImportService service;

    /** A fixture site that answers when the test lets it. */
    private static final class HeldSource implements FixtureSource {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);
        final AtomicInteger fetches = new AtomicInteger();
        volatile String thread = "";

        @Override
        public String name() {
            return Fixtures.SOURCE;
        }

        @Override
        public SourcePage fetch() {
            fetches.incrementAndGet();
            thread = Thread.currentThread().getName();
            started.countDown();
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SourcePage(
                    name(),
                    "http://127.0.0.1/club",
                    "Wedstrijden",
                    "",
                    1,
                    List.of(Fixtures.home("2024-08-04", "20:45", "Club Brugge")),
                    List.of());
        }
    }

    @BeforeEach
    void kioskWithASlowSite() {
        var clock = MutableClock.at("2024-07-20T10:00");
        kiosk = Kiosk.open(KioskConfig.defaults(), clock, dir);
        source = new HeldSource();
        service = kiosk.closeOnStop(FixtureWiring.service(
                kiosk, new FixtureConfig(null, null, null, null, List.of()), List.of(source), MetricsRecorder.none()));
    }

    @AfterEach
    void close() {
        source.answer.countDown();
        kiosk.close();
    }

    private boolean awaitStarted() throws InterruptedException {
        return source.started.await(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void theImportRunsOnItsOwnThreadAndTheCallerGoesOn() throws Exception {
        var running = service.start(Actor.system("test"));

        assertThat(awaitStarted()).isTrue();
        assertThat(running).isNotDone();
        assertThat(source.thread)
                .isEqualTo("fixture-import")
                .isNotEqualTo(Thread.currentThread().getName());

        source.answer.countDown();
        assertThat(running.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS).changes())
                .hasSize(1);
    }

    @Test
    void aRefreshAskedForWhileAnImportRunsJoinsIt() throws Exception {
        var first = service.start(Actor.system("schedule"));
        assertThat(awaitStarted()).isTrue();

        var second = service.start(Actor.remoteJob("job-2"));
        var third = service.refresh(Actor.system("screen"));
        source.answer.countDown();

        var report = first.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
        assertThat(second.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).isSameAs(report);
        assertThat(third.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).isEqualTo(report.refreshed());
        assertThat(source.fetches).as("one fetch for the three").hasValue(1);

        var later = service.start(Actor.system("schedule"));
        assertThat(later.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                .as("once it ended, the next refresh imports anew")
                .isNotSameAs(report);
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // only an unbounded wait would take so long
    void aHangingSiteHoldsUpNoRemoteJob() throws Exception {
        kiosk.commands().useFixtureRefresh(service, Duration.ofSeconds(1));
        var jobs = new RemoteJobService(
                kiosk.clock(),
                kiosk.database(),
                new JdbiJobLedger(kiosk.database()),
                kiosk.commands(),
                kiosk.queries(),
                MetricsRecorder.none());

        var refresh = jobs.run("refresh-1", 1, new RemoteJobService.Valid(new RefreshFixtures()));
        var again = jobs.run("refresh-2", 1, new RemoteJobService.Valid(new RefreshFixtures()));
        var create = jobs.run(
                "create-1",
                1,
                new RemoteJobService.Valid(new CreateCustomEvent(
                        new EventId("gala"), "Gala", LocalDate.of(2024, 9, 1), LocalTime.of(19, 0), Optional.empty())));

        assertThat(refresh.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(refresh.record().reason())
                .isEqualTo("fixture import still running after 1 s; its result shows on the status bar");
        assertThat(again.record().reason()).startsWith("fixture import still running");
        assertThat(create.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kiosk.events().find(new EventId("gala"))).isPresent();
        assertThat(source.answer.getCount()).as("the import still hangs").isEqualTo(1);
        assertThat(source.fetches).as("the second refresh joined the first").hasValue(1);

        source.answer.countDown();
        service.run(Actor.system("test"));
        assertThat(kiosk.status().fixtures().health()).isEqualTo(Health.OK);
        assertThat(kiosk.events().all()).hasSize(2);
    }
}
