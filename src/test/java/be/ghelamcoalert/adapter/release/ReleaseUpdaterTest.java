package be.ghelamcoalert.adapter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.release.BundleServer.Failure;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update job's bundle, downloaded from a real local HTTPS server: kept only when everything checks out. */
@IntegrationTest
class ReleaseUpdaterTest {
    private static final ReleaseVersion RUNNING = ReleaseVersion.of("1.4.0");

    @TempDir
    Path dir;

    private final KeyPair signer = TestBundles.keyPair();
    private BundleServer server;
    private Path downloads;
    private Path keys;
    private byte[] good;

    @BeforeEach
    void serveAGoodBundle() throws IOException {
        server = new BundleServer(TestCertificates.create(dir.resolve("pki")));
        downloads = dir.resolve("data/updates");
        keys = dir.resolve("release-keys");
        TestBundles.trust(signer, keys, "release-2026.pem");
        good = pack(signer, "1.5.0", List.of("aarch64"));
        server.serve(good);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private byte[] pack(KeyPair key, String version, List<String> architectures) throws IOException {
        var app = TestBundles.application(Files.createTempDirectory(dir, "app"), version);
        return Files.readAllBytes(
                TestBundles.bundle(key, app, version, "9", architectures, Files.createTempFile(dir, "bundle", ".zip")));
    }

    private ReleaseUpdater updater(long maxBytes) {
        return new ReleaseUpdater(settings(maxBytes), server.client(), RUNNING, "aarch64");
    }

    private UpdateSettings settings(long maxBytes) {
        return new UpdateSettings(downloads, keys, maxBytes, 3, Duration.ofSeconds(10), 0);
    }

    private ReleaseUpdater updater() {
        return updater(10_000_000);
    }

    private UpdateRelease job(byte[] bundle, String version, boolean allowDowngrade) throws IOException {
        return new UpdateRelease(
                server.url(),
                Sha256.of(new java.io.ByteArrayInputStream(bundle)),
                ReleaseVersion.of(version),
                allowDowngrade);
    }

    private UpdateRelease job() throws IOException {
        return job(good, "1.5.0", false);
    }

    private AbstractThrowableAssert<?, ?> refused(UpdateRelease job, String field) {
        var refusal = assertThatThrownBy(() -> updater().stage(job)).isInstanceOf(InvalidCommandException.class);
        refusal.satisfies(e -> assertThat(((InvalidCommandException) e).field()).isEqualTo(field));
        return refusal;
    }

    private List<Path> leftInDownloads() throws IOException {
        if (!Files.exists(downloads)) {
            return List.of();
        }
        try (var files = Files.list(downloads)) {
            return files.toList();
        }
    }

    @Test
    void aGoodBundleIsDownloadedVerifiedAndKept() throws IOException {
        var updater = updater();

        assertThat(updater.stage(job())).isEqualTo(ReleaseVersion.of("1.5.0"));

        var staged = updater.staged(ReleaseVersion.of("1.5.0"));
        assertThat(staged).hasBinaryContent(good);
        assertThat(leftInDownloads()).containsExactly(staged);
    }

    @Test
    void aBundleSignedByAnUntrustedKeyIsRefusedAndRemoved() throws IOException {
        var forged = pack(TestBundles.keyPair(), "1.5.0", List.of("aarch64"));
        server.serve(forged);

        refused(job(forged, "1.5.0", false), "url").hasMessageContaining("signature is not valid for any trusted key");
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aDownloadWithAnotherHashIsRefusedAndRemoved() throws IOException {
        var other = "another bundle".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        refused(job(other, "1.5.0", false), "sha256")
                .hasMessageContaining("the download's SHA-256 is " + Sha256.of(new java.io.ByteArrayInputStream(good)));
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aDownloadThatBreaksOffIsTriedAfreshThenRefused() throws IOException {
        server.failAlways(Failure.TRUNCATED);

        refused(job(), "url").hasMessageContaining("the download failed 3 times, last: the download broke off");
        assertThat(server.hits()).isEqualTo(3);
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aDownloadThatBreaksOffOnceSucceedsOnTheNextAttempt() throws IOException {
        server.failNext(Failure.TRUNCATED, 1).failNext(Failure.SERVER_ERROR, 1);

        assertThat(updater().stage(job())).isEqualTo(ReleaseVersion.of("1.5.0"));
        assertThat(server.hits()).isEqualTo(3);
    }

    @Test
    void aRefusedPresignedUrlIsNotTriedAgain() throws IOException {
        server.failAlways(Failure.FORBIDDEN);

        refused(job(), "url").hasMessageContaining("the server answered HTTP 403");
        assertThat(server.hits()).isEqualTo(1);
    }

    @Test
    void aBundleLargerThanTheLimitIsStoppedWhetherItsLengthIsAnnouncedOrNot() throws IOException {
        var small = updater(good.length - 1);
        var job = job();

        assertThatThrownBy(() -> small.stage(job))
                .hasMessageContaining("the bundle is " + good.length + " bytes, more than the limit");
        server.failAlways(Failure.UNANNOUNCED_LENGTH);
        assertThatThrownBy(() -> small.stage(job))
                .hasMessageContaining("the bundle is larger than the limit of " + (good.length - 1));
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aDowngradeIsRefusedBeforeAnythingIsDownloaded() throws IOException {
        var older = pack(signer, "1.3.9", List.of("aarch64"));
        server.serve(older);

        refused(job(older, "1.3.9", false), "version")
                .hasMessageContaining("1.3.9 is not newer than the running 1.4.0");
        refused(job(older, "1.4.0", false), "version")
                .hasMessageContaining("1.4.0 is not newer than the running 1.4.0");
        assertThat(server.hits()).isZero();
    }

    @Test
    void aDowngradeTheJobAllowsIsTaken() throws IOException {
        var older = pack(signer, "1.3.9", List.of("aarch64"));
        server.serve(older);

        assertThat(updater().stage(job(older, "1.3.9", true))).isEqualTo(ReleaseVersion.of("1.3.9"));
    }

    @Test
    void aDowngradeBelowTheInstalledPackageIsRefusedEvenWhenTheJobAllowsIt() throws IOException {
        var older = pack(signer, "1.3.9", List.of("aarch64"));
        server.serve(older);
        var onAPackage = new ReleaseUpdater(
                settings(UpdateSettings.DEFAULT_MAX_BUNDLE_BYTES),
                server.client(),
                RUNNING,
                Optional.of(ReleaseVersion.of("1.4.0")),
                "aarch64");

        assertThatThrownBy(() -> onAPackage.stage(job(older, "1.3.9", true)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.UPDATE_BELOW_PACKAGE))
                .hasMessageContaining("1.3.9 is not newer than the installed package 1.4.0");
        assertThat(server.hits()).as("nothing downloaded").isZero();
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aBundleForAnotherArchitectureIsRefusedAndRemoved() throws IOException {
        var x86 = pack(signer, "1.5.0", List.of("amd64", "x86_64"));
        server.serve(x86);

        refused(job(x86, "1.5.0", false), "url")
                .hasMessageContaining("the bundle is built for amd64, x86_64; this kiosk is aarch64");
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void aBundleOfAnotherVersionThanTheJobSaysIsRefused() throws IOException {
        refused(job(good, "1.6.0", false), "version")
                .hasMessageContaining("the bundle's signed manifest names version 1.5.0, not the job's 1.6.0");
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void plainHttpIsRefusedEvenOnTheLoopback() throws IOException {
        var job = job();
        var loopback = new UpdateRelease(
                URI.create(job.url().toString().replace("https:", "http:")), job.sha256(), job.version(), false);
        var elsewhere = new UpdateRelease(
                URI.create("http://updates.example.com/bundle.zip"), job.sha256(), job.version(), false);

        refused(loopback, "url").hasMessageContaining("must be an https URL");
        refused(elsewhere, "url").hasMessageContaining("must be an https URL");
        assertThat(server.hits()).isZero();
    }

    @Test
    void theKioskTrustsOnlyTheJdksAuthoritiesUnlessItsClientSaysOtherwise() throws IOException {
        var kiosk =
                new ReleaseUpdater(UpdateSettings.of(downloads, keys), ReleaseUpdater.httpClient(), RUNNING, "aarch64");
        var job = job();

        assertThatThrownBy(() -> kiosk.stage(job))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("url: the server's certificate is not trusted (127.0.0.1): ")
                .hasMessageContaining("certification path");
        assertThat(server.hits()).as("no request reached the server").isZero();
        assertThat(leftInDownloads()).isEmpty();
    }

    @Test
    void theSameUpdateDeliveredTwiceKeepsOneVerifiedBundle() throws IOException {
        var updater = updater();

        updater.stage(job());
        updater.stage(job());

        assertThat(leftInDownloads()).containsExactly(updater.staged(ReleaseVersion.of("1.5.0")));
    }
}
