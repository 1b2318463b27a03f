package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.persistence.JdbiStoreProbe;
import be.ghelamcoalert.adapter.release.PendingTrial;
import be.ghelamcoalert.adapter.release.ReleaseKeys;
import be.ghelamcoalert.adapter.release.TrialFiles;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.config.UpdateConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.ReleaseChange;
import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk takes update jobs exactly when its release-key folder holds a key. */
@IntegrationTest
class UpdateWiringTest {
    private static final UpdateRelease OLDER = new UpdateRelease(
            URI.create("https://releases.example.com/b.zip"), "0".repeat(64), ReleaseVersion.of("1.3.0"), false);

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 7, 10, 0));
    private final AtomicInteger ended = new AtomicInteger();
    private Kiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void start(Path keys) {
        var config = new KioskConfig(null, null, null, null, null, null, null, new UpdateConfig(keys.toString(), null));
        kiosk = Kiosk.open(config, clock, dir.resolve("data"));
        var health =
                new KernelHealth(clock, kiosk.status(), Optional::empty, new JdbiStoreProbe(kiosk.database(), clock));
        UpdateWiring.start(kiosk, dir.resolve("data"), "1.4.0", health, () -> false, ended::incrementAndGet);
    }

    /** A kiosk whose alarm ticks, relay works and screen is drawn: a release on trial is kept at the first look. */
    private void startHealthy(Path keys) {
        var config = new KioskConfig(null, null, null, null, null, null, null, new UpdateConfig(keys.toString(), null));
        kiosk = Kiosk.open(config, clock, dir.resolve("data"));
        kiosk.status().report(PartHealth.running(Part.RELAY, clock.instant()));
        kiosk.status().report(PartHealth.running(Part.SCREEN, clock.instant()));
        var health = new KernelHealth(
                clock, kiosk.status(), () -> Optional.of(clock.instant()), new JdbiStoreProbe(kiosk.database(), clock));
        UpdateWiring.start(kiosk, dir.resolve("data"), "1.4.0", health, () -> false, ended::incrementAndGet);
    }

    private Path keys() throws Exception {
        var keys = Files.createDirectories(dir.resolve("release-keys"));
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(
                keys.resolve("release-2026.pem"),
                ReleaseKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return keys;
    }

    @Test
    void aReleaseKeptAfterItsTrialIsAnnouncedForTheStatusBar() throws Exception {
        new TrialFiles(dir.resolve("data"))
                .begin(new PendingTrial(
                        ReleaseVersion.of("1.4.0"), ReleaseVersion.of("1.3.0"), clock.instant(), Optional.empty()));
        startHealthy(keys());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kiosk.status().release().isPresent());

        assertThat(kiosk.status().release())
                .contains(
                        ReleaseChange.updated(ReleaseVersion.of("1.4.0"), ReleaseVersion.of("1.3.0"), clock.instant()));
        assertThat(new TrialFiles(dir.resolve("data")).pending()).isEmpty();
    }

    @Test
    void afterTheLauncherRolledBackTheStatusBarIsToldWhichReleaseRunsAgain() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(
                dir.resolve("data").resolve(TrialFiles.ROLLED_BACK),
                "version=1.5.0\nreason=release 1.5.0 did not come up healthy in 3 starts\n");

        start(keys());

        assertThat(kiosk.status().release())
                .contains(ReleaseChange.rolledBack(
                        ReleaseVersion.of("1.4.0"), ReleaseVersion.of("1.5.0"), clock.instant()));
    }

    @Test
    void thePackagedVersionComesFromTheLaunchersEnvironmentAndAnUnreadableOneIsIgnored() {
        assertThat(UpdateWiring.packagedVersion(Map.of(UpdateWiring.PACKAGED_VERSION, "1.4.0\n")))
                .contains(ReleaseVersion.of("1.4.0"));
        assertThat(UpdateWiring.packagedVersion(Map.of())).isEmpty();
        assertThat(UpdateWiring.packagedVersion(Map.of(UpdateWiring.PACKAGED_VERSION, " ")))
                .isEmpty();
        assertThat(UpdateWiring.packagedVersion(Map.of(UpdateWiring.PACKAGED_VERSION, "not a version")))
                .isEmpty();
    }

    @Test
    void withoutAnUpdateTheStatusBarHearsOfNoRelease() throws Exception {
        start(keys());

        assertThat(kiosk.status().release()).isEmpty();
    }

    @Test
    void withoutAKeyUpdateJobsAreRefused() {
        start(dir.resolve("release-keys"));

        assertThatThrownBy(() -> kiosk.commands().execute(OLDER, Actor.remoteJob("job-1")))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_UPDATES));
    }

    @Test
    void withAKeyTheInstallerTakesTheJob() throws Exception {
        var keys = Files.createDirectories(dir.resolve("release-keys"));
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(
                keys.resolve("release-2026.pem"),
                ReleaseKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        start(keys);

        assertThatThrownBy(() -> kiosk.commands().execute(OLDER, Actor.remoteJob("job-1")))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.reason()).contains("1.3.0 is not newer than the running 1.4.0"));
        assertThat(ended).hasValue(0);
    }
}
