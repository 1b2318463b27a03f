package be.ghelamcoalert.adapter.release;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.release.BundleServer.Failure;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.service.RemoteJobService;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update job from its first delivery to its final status, through the kiosk's real job service,
 * store (H2 file) and data directory, with bundles from a real local HTTPS server. Each "start" of a
 * release is a new {@link ReleaseInstaller} for that running version, as the kiosk wires one at start;
 * the launcher's side of a rollback is {@code PiReleaseLauncherTest}'s.
 */
@IntegrationTest
class ReleaseInstallerTest {
    private static final ReleaseVersion OLD = ReleaseVersion.of("1.4.0");
    private static final ReleaseVersion NEW = ReleaseVersion.of("1.5.0");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 7, 10, 0));
    private final KeyPair signer = TestBundles.keyPair();
    private BundleServer server;
    private final AtomicInteger restarts = new AtomicInteger();
    private Path data;
    private Path keys;
    private Kiosk kiosk;
    private RemoteJobService jobs;

    @BeforeEach
    void openKioskWithData() throws IOException {
        server = new BundleServer(TestCertificates.create(dir.resolve("pki")));
        data = dir.resolve("data");
        keys = dir.resolve("release-keys");
        TestBundles.trust(signer, keys, "release-2026.pem");
        kiosk = Kiosk.open(KioskConfig.defaults(), clock, data);
        kiosk.database()
                .run(() -> kiosk.events()
                        .save(TestEvents.homeMatch("match-1", LocalDate.of(2026, 12, 20), LocalTime.of(18, 30))));
        jobs = new RemoteJobService(
                clock, kiosk.database(), kiosk.jobLedger(), kiosk.commands(), kiosk.queries(), kiosk.metrics());
    }

    @AfterEach
    void close() {
        kiosk.close();
        if (server != null) {
            server.close();
        }
    }

    private byte[] bundle(KeyPair key, String version, String minimumSchema) throws IOException {
        var app = TestBundles.application(Files.createTempDirectory(dir, "app"), version);
        return Files.readAllBytes(TestBundles.bundle(
                key, app, version, minimumSchema, List.of("aarch64"), Files.createTempFile(dir, "bundle", ".zip")));
    }

    private UpdateRelease job(byte[] served, byte[] hashed, String version, boolean allowDowngrade) throws IOException {
        server.serve(served);
        return new UpdateRelease(
                server.url(), Sha256.of(new ByteArrayInputStream(hashed)), ReleaseVersion.of(version), allowDowngrade);
    }

    /** The kiosk as started with {@code running}, whose trial (if it runs on one) ends as {@code trial} says. */
    private void start(ReleaseVersion running, CompletableFuture<ReleaseTrial.Verdict> trial) {
        kiosk.commands()
                .useUpdater(new KioskReleases(data, keys, server.client(), clock, 0)
                        .installer(running, trial, restarts::incrementAndGet));
    }

    private void start(ReleaseVersion running) {
        start(running, new CompletableFuture<>());
    }

    private JobLedger.Entry deliver(String jobId, UpdateRelease update) {
        return jobs.run(jobId, 1, new RemoteJobService.Valid(update));
    }

    private Optional<ReleaseVersion> current() {
        return new KioskReleases(data, keys, server.client(), clock, 0).current();
    }

    private void assertStoreIntact() {
        assertThat(kiosk.events().all()).extracting(e -> e.id().value()).contains("match-1");
    }

    private void assertNothingChanged(JobLedger.Entry entry, String reason) throws IOException {
        assertThat(entry.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(entry.record().reason()).contains(reason);
        assertThat(current()).isEmpty();
        assertThat(new TrialFiles(data).pending()).isEmpty();
        assertThat(restarts).hasValue(0);
        assertThat(data.resolve("releases/1.5.0")).doesNotExist();
        try (var left = Files.list(data.resolve("downloads"))) {
            assertThat(left).isEmpty();
        }
        assertStoreIntact();
    }

    @Test
    void aGoodUpdateIsInstalledBesideTheRunningReleaseAndTheJobWaitsForItsTrial() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");

        var entry = deliver("update-1", job(good, good, "1.5.0", false));

        assertThat(entry.record().outcome()).isEqualTo(JobRecord.Outcome.IN_PROGRESS);
        assertThat(entry.record().reason())
                .isEqualTo("release 1.5.0 downloaded, verified and installed; restarting to try it");
        assertThat(current()).contains(NEW);
        assertThat(data.resolve("current/ghelamco-alert.jar")).hasContent("the application 1.5.0");
        assertThat(new TrialFiles(data).pending())
                .contains(new PendingTrial(NEW, OLD, clock.instant(), Optional.empty()));
        assertThat(restarts).hasValue(1);
        try (var left = Files.list(data.resolve("downloads"))) {
            assertThat(left).as("the bundle is removed once unpacked").isEmpty();
        }
        assertStoreIntact();

        assertThat(deliver("update-1", job(good, good, "1.5.0", false)).record().outcome())
                .as("delivered again before the restart")
                .isEqualTo(JobRecord.Outcome.IN_PROGRESS);
        assertThat(server.hits()).as("not downloaded twice").isEqualTo(1);

        start(NEW, CompletableFuture.completedFuture(new ReleaseTrial.Verdict.Commit()));
        var kept = deliver("update-1", job(good, good, "1.5.0", false));

        assertThat(kept.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(kept.record().reason()).isEqualTo("release 1.5.0 runs and came up healthy");
        assertThat(kiosk.jobLedger().unreported())
                .extracting(e -> e.record().jobId())
                .containsExactly("update-1");

        assertThat(deliver("update-1", job(good, good, "1.5.0", false)).record().outcome())
                .as("a duplicate delivery is answered from the ledger")
                .isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(server.hits()).isEqualTo(1);
        assertThat(restarts).hasValue(1);
        assertStoreIntact();
    }

    @Test
    void aTrialKeptBeforeTheJobCameBackAndAReleaseThatRunsAlreadySucceedWithoutADownload() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");
        deliver("update-1", job(good, good, "1.5.0", false));
        new TrialFiles(data).commit(); // the trial watch kept the release before the cloud offered the job again

        start(NEW, CompletableFuture.completedFuture(new ReleaseTrial.Verdict.Commit()));
        assertThat(deliver("update-1", job(good, good, "1.5.0", false)).record().outcome())
                .isEqualTo(JobRecord.Outcome.SUCCEEDED);

        start(NEW);
        var fleetJob = deliver("update-fleet", job(good, good, "1.5.0", false));

        assertThat(fleetJob.record().outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        assertThat(server.hits()).isEqualTo(1);
        assertThat(restarts).hasValue(1);
    }

    @Test
    void aReleaseThatMigratesTheStoreAsksTheLauncherForABackup() throws IOException {
        start(OLD);
        var migrating = bundle(signer, "1.5.0", Integer.toString(Integer.parseInt(Database.SCHEMA_VERSION) + 1));

        deliver("update-1", job(migrating, migrating, "1.5.0", false));

        assertThat(new TrialFiles(data).pending().flatMap(PendingTrial::storeBackup))
                .contains(data.resolve("backups/before-1.5.0.mv.db"));
    }

    @Test
    void aBundleSignedByAnotherKeyIsRejectedAndChangesNothing() throws IOException {
        start(OLD);
        var forged = bundle(TestBundles.keyPair(), "1.5.0", "9");

        assertNothingChanged(
                deliver("update-1", job(forged, forged, "1.5.0", false)), "signature is not valid for any trusted key");
    }

    @Test
    void aDownloadWithAnotherHashIsRejectedAndChangesNothing() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");

        assertNothingChanged(
                deliver("update-1", job(good, "other".getBytes(), "1.5.0", false)), "the download's SHA-256 is");
    }

    @Test
    void aTruncatedDownloadIsRejectedAndChangesNothing() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");
        var update = job(good, good, "1.5.0", false);
        server.failAlways(Failure.TRUNCATED);

        assertNothingChanged(deliver("update-1", update), "the download broke off");
    }

    @Test
    void aReleaseThatNeverComesUpHealthyFailsTheJob() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");
        deliver("update-1", job(good, good, "1.5.0", false));

        start(
                NEW,
                CompletableFuture.completedFuture(new ReleaseTrial.Verdict.RollBack(
                        "not healthy 3 min after the switch: screen STARTING", List.of(Part.SCREEN))));
        var failed = deliver("update-1", job(good, good, "1.5.0", false));

        assertThat(failed.record().outcome()).isEqualTo(JobRecord.Outcome.FAILED);
        assertThat(failed.record().reason())
                .isEqualTo("failed: release 1.5.0 rolled back: not healthy 3 min after the switch: screen STARTING");
        assertStoreIntact();
    }

    @Test
    void theOldReleaseReportsARollbackByTheLauncherAsFailed() throws IOException {
        start(OLD);
        var good = bundle(signer, "1.5.0", "9");
        deliver("update-1", job(good, good, "1.5.0", false));
        // The launcher rolled back after three crashed starts (PiReleaseLauncherTest): its record, as it writes it.
        Files.writeString(
                data.resolve(TrialFiles.ROLLED_BACK),
                "version=1.5.0\nreason=release 1.5.0 did not come up healthy in 3 starts\n");
        Files.delete(data.resolve(TrialFiles.PENDING));

        start(OLD);
        var failed = deliver("update-1", job(good, good, "1.5.0", false));

        assertThat(failed.record().outcome()).isEqualTo(JobRecord.Outcome.FAILED);
        assertThat(failed.record().reason())
                .isEqualTo(
                        "failed: release 1.5.0 was rolled back to 1.4.0: release 1.5.0 did not come up healthy in 3 starts");
        assertThat(new TrialFiles(data).rolledBack()).isEmpty();
        assertThat(server.hits()).isEqualTo(1);
        assertStoreIntact();
    }

    @Test
    void aDowngradeNeedsThePermissionOfTheJob() throws IOException {
        start(OLD);
        var older = bundle(signer, "1.3.0", "9");

        var refused = deliver("update-1", job(older, older, "1.3.0", false));

        assertThat(refused.record().outcome()).isEqualTo(JobRecord.Outcome.REJECTED);
        assertThat(refused.record().reason()).contains("1.3.0 is not newer than the running 1.4.0");
        assertThat(server.hits()).isZero();
        assertThat(current()).isEmpty();

        var allowed = deliver("update-2", job(older, older, "1.3.0", true));

        assertThat(allowed.record().outcome()).isEqualTo(JobRecord.Outcome.IN_PROGRESS);
        assertThat(current()).contains(ReleaseVersion.of("1.3.0"));
        assertStoreIntact();
    }
}
