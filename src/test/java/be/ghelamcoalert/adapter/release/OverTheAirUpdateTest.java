package be.ghelamcoalert.adapter.release;

import static be.ghelamcoalert.adapter.iot.testing.TestCloud.WAIT;
import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCloud;
import be.ghelamcoalert.adapter.release.BundleServer.Failure;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.SmallFilesystem;
import be.ghelamcoalert.testing.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Update jobs from the cloud to their final status with the real parts: the Jobs double over a real
 * Mosquitto delivers the job, the kiosk's job service and installer take it, the bundle comes from a
 * local HTTPS server whose certificate only the kiosk's download client trusts, the releases and
 * the store (an H2 file) live in the data directory. A restart is the kiosk's store closed and
 * opened again with the release the launcher picks (on a kiosk installed without the package:
 * {@code current} when it is there). After every case: which release is current, that the store
 * holds everything committed before the job, and the job's final status with its statusDetails.
 */
@IntegrationTest
class OverTheAirUpdateTest {
    private static final ReleaseVersion PACKAGED = ReleaseVersion.of("1.4.0");
    private static final String STEP = "release %s downloaded, verified and installed; restarting to try it";
    private static final String HEALTHY = "release %s runs and came up healthy";

    @RegisterExtension
    final TestCloud cloud = new TestCloud("lobby-test", START.toInstant());

    @TempDir
    Path dir;

    private static final ZonedDateTime START = brussels(2026, 12, 7, 10, 0);
    private final MutableClock clock = MutableClock.at(START);
    private final KeyPair signer = TestBundles.keyPair();
    private final AtomicInteger restarts = new AtomicInteger();
    private final List<Event> committedEvents = new ArrayList<>();
    private final List<Alert> committedAlerts = new ArrayList<>();
    private FakeJobsService jobs;
    private BundleServer server;
    private Path keys;
    private KioskReleases releases;
    private SmallFilesystem card;

    @BeforeEach
    void serveBundles() throws IOException {
        jobs = cloud.service();
        server = new BundleServer(cloud.pki());
        keys = dir.resolve("release-keys");
        TestBundles.trust(signer, keys, "release-2026.pem");
    }

    @AfterEach
    void stop() throws Exception {
        cloud.stopKiosk(); // before the small disk is unmounted: the store is closed
        if (server != null) {
            server.close();
        }
        if (card != null) {
            card.close();
        }
    }

    @Test
    void aGoodUpdateRunsAfterTheRestartAndSucceedsAfterItsTrial() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var good = bundle(signer, "1.5.0", List.of("aarch64"));

        jobs.createJob("update-1-5-0", document(good, good, "1.5.0", false));
        await().atMost(WAIT).until(() -> jobs.statusesOf("update-1-5-0").contains("IN_PROGRESS"));

        assertThat(jobs.updates())
                .filteredOn(u -> u.status().equals("IN_PROGRESS"))
                .singleElement()
                .satisfies(u -> assertThat(u.details().path("step").asText()).isEqualTo(STEP.formatted("1.5.0")));
        assertThat(releases.current()).contains(ReleaseVersion.of("1.5.0"));
        assertThat(releases.data().resolve("current/ghelamco-alert.jar")).hasContent("the application 1.5.0");
        assertThat(restarts).hasValue(1);
        assertThat(downloadsLeft()).as("the bundle is removed once unpacked").isEmpty();

        restartAfterTheTrialKeptTheRelease();

        assertThat(finalExecution("update-1-5-0").status()).isEqualTo("SUCCEEDED");
        assertThat(jobs.statusesOf("update-1-5-0")).containsExactly("IN_PROGRESS", "SUCCEEDED");
        assertThat(jobs.execution("update-1-5-0").detail("summary")).contains(HEALTHY.formatted("1.5.0"));
        assertThat(releases.current()).contains(ReleaseVersion.of("1.5.0"));
        assertThat(server.hits()).isEqualTo(1);
        assertStoreHoldsTheCommittedData();
    }

    @Test
    void aBundleSignedByAnotherKeyIsRejectedAndChangesNothing() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var forged = bundle(TestBundles.keyPair(), "1.5.0", List.of("aarch64"));

        jobs.createJob("update-forged", document(forged, forged, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-forged",
                Refusal.BUNDLE_NOT_TRUSTED,
                "url",
                "url: the bundle is not a valid signed release: the manifest's signature is not valid for any trusted key");
    }

    @Test
    void aDownloadWithAnotherHashThanTheJobsIsRejected() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var good = bundle(signer, "1.5.0", List.of("aarch64"));
        var other = "another bundle".getBytes();

        jobs.createJob("update-hash", document(good, other, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-hash",
                Refusal.BUNDLE_HASH_MISMATCH,
                "sha256",
                "sha256: the download's SHA-256 is " + sha256(good) + ", not the job's " + sha256(other));
    }

    @Test
    void aDownloadThatBreaksOffEveryTimeIsRejectedAfterItsRetries() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var good = bundle(signer, "1.5.0", List.of("aarch64"));
        server.failAlways(Failure.TRUNCATED);

        jobs.createJob("update-truncated", document(good, good, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-truncated",
                Refusal.BUNDLE_NOT_DOWNLOADED,
                "url",
                "url: the download failed 3 times, last: the download broke off after ");
        assertThat(jobs.execution("update-truncated").detail("reason"))
                .get()
                .asString()
                .matches(".* after \\d+ of " + good.length + " bytes \\(.+\\)");
        assertThat(server.hits()).isEqualTo(3);
    }

    @Test
    void aDownloadThatFillsTheDataPartitionIsRejectedRemovedAndTheStoreWorksOn() throws Exception {
        card = SmallFilesystem.mount(dir, 16);
        startWithData(card.root().resolve("data"), 0);
        var large = bundleWithLargeLibrary(20);
        server.failAlways(
                Failure.UNANNOUNCED_LENGTH); // no length to check beforehand: the disk fills up during the download

        jobs.createJob("update-disk-full", document(large, large, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-disk-full",
                Refusal.BUNDLE_NOT_DOWNLOADED,
                "url",
                "url: the data partition is full (" + releases.data().resolve("downloads")
                        + "): the download stopped after ");
        assertThat(jobs.execution("update-disk-full").detail("reason"))
                .get()
                .asString()
                .endsWith("; free space on the kiosk, then send the job again");
        assertThat(server.hits()).as("a full disk is not tried again").isEqualTo(1);
        assertThat(Files.getFileStore(card.root()).getUsableSpace())
                .as("the room is back")
                .isGreaterThan(8L * 1024 * 1024);
        commitAnotherMatch(); // the store takes writes again
        cloud.restart(this::wireInstaller);
        assertStoreHoldsTheCommittedData();
    }

    @Test
    void aBundleWhoseAnnouncedLengthWouldFillTheDataPartitionIsRejectedBeforeAByteIsWritten() throws Exception {
        card = SmallFilesystem.mount(dir, 16);
        startWithData(card.root().resolve("data"), 1024 * 1024);
        var large = bundleWithLargeLibrary(20);

        jobs.createJob("update-too-large", document(large, large, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-too-large",
                Refusal.BUNDLE_NOT_DOWNLOADED,
                "url",
                "url: the data partition is too full for the bundle ("
                        + releases.data().resolve("downloads") + "): the bundle is 20.");
        assertThat(jobs.execution("update-too-large").detail("reason"))
                .get()
                .asString()
                .contains(
                        " MB is free and 1.0 MB must stay free for the store; free space on the kiosk, then send the job again");
    }

    @Test
    void theSameUpdateDeliveredAgainIsInstalledOnceAndEndsSucceeded() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var good = bundle(signer, "1.5.0", List.of("aarch64"));
        jobs.createJob("update-1-5-0", document(good, good, "1.5.0", false));
        await().atMost(WAIT).until(() -> jobs.statusesOf("update-1-5-0").contains("IN_PROGRESS"));
        jobs.forgetNextUpdates(1); // the SUCCEEDED is lost: the Jobs service offers the execution again

        restartAfterTheTrialKeptTheRelease();

        assertThat(finalExecution("update-1-5-0").status()).isEqualTo("SUCCEEDED");
        assertThat(jobs.statusesOf("update-1-5-0"))
                .as("delivered again, answered from the job ledger")
                .containsExactly("IN_PROGRESS", "SUCCEEDED", "SUCCEEDED");

        jobs.createJob("update-1-5-0-fleet", document(good, good, "1.5.0", false)); // the same bundle by a second job

        assertThat(finalExecution("update-1-5-0-fleet").status()).isEqualTo("SUCCEEDED");
        assertThat(jobs.execution("update-1-5-0-fleet").detail("summary")).contains(HEALTHY.formatted("1.5.0"));
        assertThat(server.hits()).as("downloaded once").isEqualTo(1);
        assertThat(restarts).as("installed and restarted once").hasValue(1);
        assertThat(filesIn(releases.data().resolve("releases")))
                .singleElement()
                .satisfies(r -> assertThat(r).hasFileName("1.5.0"));
        assertThat(releases.current()).contains(ReleaseVersion.of("1.5.0"));
        assertStoreHoldsTheCommittedData();
    }

    @Test
    void aDowngradeIsRejectedUnlessTheJobAllowsIt() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var older = bundle(signer, "1.3.0", List.of("aarch64"));

        jobs.createJob("downgrade-1-3-0", document(older, older, "1.3.0", false));

        assertRejectedAndNothingChanged(
                "downgrade-1-3-0",
                Refusal.UPDATE_NOT_NEWER,
                "releaseVersion",
                "releaseVersion: 1.3.0 is not newer than the running 1.4.0; a job with \"allowDowngrade\": true may install it");
        assertThat(server.hits()).as("refused before downloading").isZero();

        jobs.createJob("downgrade-1-3-0-allowed", document(older, older, "1.3.0", true));
        await().atMost(WAIT)
                .until(() -> jobs.statusesOf("downgrade-1-3-0-allowed").contains("IN_PROGRESS"));
        assertThat(releases.current()).contains(ReleaseVersion.of("1.3.0"));

        restartAfterTheTrialKeptTheRelease();

        assertThat(finalExecution("downgrade-1-3-0-allowed").status()).isEqualTo("SUCCEEDED");
        assertThat(jobs.execution("downgrade-1-3-0-allowed").detail("summary")).contains(HEALTHY.formatted("1.3.0"));
        assertThat(releases.current()).contains(ReleaseVersion.of("1.3.0"));
        assertStoreHoldsTheCommittedData();
    }

    @Test
    void aBundleForAnotherArchitectureIsRejected() throws IOException {
        startWithData(dir.resolve("data"), 0);
        var x86 = bundle(signer, "1.5.0", List.of("amd64"));

        jobs.createJob("update-amd64", document(x86, x86, "1.5.0", false));

        assertRejectedAndNothingChanged(
                "update-amd64",
                Refusal.BUNDLE_OTHER_ARCHITECTURE,
                "url",
                "url: the bundle is built for amd64; this kiosk is aarch64");
    }

    /** The packaged release starts on {@code data}, with a match and its alerts committed before any job. */
    private void startWithData(Path data, long keepFreeBytes) {
        releases = new KioskReleases(data, keys, server.client(), clock, keepFreeBytes);
        cloud.start(data, clock, this::wireInstaller);
        commitAnotherMatch();
    }

    /**
     * The update job's installer for the release the launcher starts: {@code current} when there is
     * one. A switched release whose trial record is gone was kept by its trial.
     */
    private void wireInstaller(DeviceUnderTest kiosk) {
        var running = releases.current().orElse(PACKAGED);
        var kept = releases.current().isPresent()
                && new TrialFiles(releases.data()).pending().isEmpty();
        var trial = kept
                ? CompletableFuture.<ReleaseTrial.Verdict>completedFuture(new ReleaseTrial.Verdict.Commit())
                : new CompletableFuture<ReleaseTrial.Verdict>();
        kiosk.commands.useUpdater(releases.installer(running, trial, restarts::incrementAndGet));
    }

    /** The kiosk restarts into the switched release, whose trial watch keeps it (the trial record removed, as {@code app.TrialWatch} does). */
    private void restartAfterTheTrialKeptTheRelease() throws IOException {
        new TrialFiles(releases.data()).commit();
        cloud.restart(this::wireInstaller);
    }

    private void commitAnotherMatch() {
        var kiosk = cloud.kiosk();
        var match = TestEvents.homeMatch(
                "match-" + (committedEvents.size() + 1),
                LocalDate.of(2026, 12, 20).plusDays(committedEvents.size()),
                LocalTime.of(18, 30));
        var alerts = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard()).plan(match);
        kiosk.database.run(() -> {
            kiosk.events.save(match);
            kiosk.alerts.replaceForEvent(match.id(), alerts);
        });
        committedEvents.add(match);
        committedAlerts.addAll(alerts);
    }

    private void assertStoreHoldsTheCommittedData() {
        var kiosk = cloud.kiosk();
        assertThat(kiosk.events.all())
                .extracting(Event::id)
                .containsExactlyInAnyOrderElementsOf(
                        committedEvents.stream().map(Event::id).toList());
        assertThat(committedEvents.stream()
                        .flatMap(e -> kiosk.alerts.forEvent(e.id()).stream())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(committedAlerts);
    }

    private void assertRejectedAndNothingChanged(String jobId, Refusal code, String field, String reasonStart)
            throws IOException {
        var execution = finalExecution(jobId);
        assertThat(execution.status()).as(execution.detail("reason").orElse("")).isEqualTo("REJECTED");
        assertThat(jobs.statusesOf(jobId)).containsExactly("REJECTED");
        assertThat(execution.detail("field")).contains(field);
        assertThat(execution.detail("reason")).get().asString().startsWith(reasonStart);
        assertThat(cloud.kiosk().ledger.find(jobId, 1))
                .as("the screen words it by its code")
                .get()
                .satisfies(entry -> assertThat(entry.record().reasonCode())
                        .get()
                        .extracting(ReasonCode::code)
                        .isEqualTo(code.name()));
        assertThat(releases.current()).as("the packaged release runs on").isEmpty();
        assertThat(releases.data().resolve("releases")).doesNotExist();
        assertThat(new TrialFiles(releases.data()).pending()).isEmpty();
        assertThat(restarts).hasValue(0);
        assertThat(downloadsLeft()).as("the download is removed").isEmpty();
        assertStoreHoldsTheCommittedData();
    }

    private FakeJobsService.Execution finalExecution(String jobId) {
        await().atMost(WAIT)
                .until(() -> jobs.execution(jobId) != null
                        && List.of("SUCCEEDED", "FAILED", "REJECTED")
                                .contains(jobs.execution(jobId).status()));
        return jobs.execution(jobId);
    }

    private List<Path> downloadsLeft() throws IOException {
        return filesIn(releases.data().resolve("downloads"));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private String document(byte[] served, byte[] hashed, String version, boolean allowDowngrade) throws IOException {
        server.serve(served);
        var document = new ObjectMapper()
                .createObjectNode()
                .put("version", 1)
                .put("operation", "update")
                .put("url", server.url().toString())
                .put("sha256", sha256(hashed))
                .put("releaseVersion", version);
        if (allowDowngrade) {
            document.put("allowDowngrade", true);
        }
        return document.toString();
    }

    private static String sha256(byte[] bytes) throws IOException {
        return Sha256.of(new ByteArrayInputStream(bytes));
    }

    private byte[] bundle(KeyPair key, String version, List<String> architectures) throws IOException {
        var app = TestBundles.application(Files.createTempDirectory(dir, "app"), version);
        return pack(key, app, version, architectures);
    }

    /** A good 1.5.0 bundle with a library of {@code megabytes} that does not compress, larger than the small disk's room. */
    private byte[] bundleWithLargeLibrary(int megabytes) throws IOException {
        var app = TestBundles.application(Files.createTempDirectory(dir, "app"), "1.5.0");
        var library = new byte[megabytes * 1024 * 1024];
        new Random(17).nextBytes(library);
        Files.write(app.resolve("lib/javafx-graphics.jar"), library);
        return pack(signer, app, "1.5.0", List.of("aarch64"));
    }

    private byte[] pack(KeyPair key, Path app, String version, List<String> architectures) throws IOException {
        return Files.readAllBytes(
                TestBundles.bundle(key, app, version, "9", architectures, Files.createTempFile(dir, "bundle", ".zip")));
    }
}
