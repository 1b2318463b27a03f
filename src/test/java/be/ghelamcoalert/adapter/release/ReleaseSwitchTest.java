package be.ghelamcoalert.adapter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.ReleaseVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases side by side in a temporary root: unpack, switch, roll back, prune; no service is restarted. */
class ReleaseSwitchTest {
    @TempDir
    Path dir;

    private final KeyPair signer = TestBundles.keyPair();
    private Path root;
    private ReleaseSwitch releases;

    @BeforeEach
    void root() throws IOException {
        root = dir.resolve("opt/ghelamco-alert");
        TestBundles.trust(signer, dir.resolve("keys"), "release.pem");
        releases = new ReleaseSwitch(root, new ReleaseVerifier(ReleaseKeys.trusted(dir.resolve("keys"))));
    }

    private Path bundle(String version) throws IOException {
        var app = TestBundles.application(dir.resolve("app-" + version), version);
        return TestBundles.bundle(signer, app, version, "9", List.of("aarch64"), dir.resolve(version + ".zip"));
    }

    private ReleaseVersion installed(String version) throws IOException {
        var v = releases.unpack(bundle(version)).manifest().releaseVersion();
        releases.switchTo(v);
        return v;
    }

    private String runningJar() throws IOException {
        return Files.readString(root.resolve("current/ghelamco-alert.jar"));
    }

    @Test
    void aSwitchPointsCurrentAtTheNewReleaseAndPreviousAtTheOldOne() throws IOException {
        installed("1.4.0");
        installed("1.5.0");

        assertThat(releases.running()).contains(ReleaseVersion.of("1.5.0"));
        assertThat(releases.previous()).contains(ReleaseVersion.of("1.4.0"));
        assertThat(runningJar()).isEqualTo("the application 1.5.0");
        assertThat(Files.readSymbolicLink(root.resolve("current"))).isEqualTo(Path.of("releases/1.5.0"));
        assertThat(root.resolve("current.new")).doesNotExist();
    }

    @Test
    void unpackingLeavesTheRunningReleaseUntouched() throws IOException {
        installed("1.4.0");

        releases.unpack(bundle("1.5.0"));

        assertThat(releases.running()).contains(ReleaseVersion.of("1.4.0"));
        assertThat(runningJar()).isEqualTo("the application 1.4.0");
        assertThat(releases.folder(ReleaseVersion.of("1.5.0")).resolve("ghelamco-alert.jar"))
                .hasContent("the application 1.5.0");
    }

    @Test
    void aRollBackPointsCurrentAtThePreviousRelease() throws IOException {
        installed("1.4.0");
        installed("1.5.0");

        assertThat(releases.rollBack()).isEqualTo(ReleaseVersion.of("1.4.0"));

        assertThat(releases.running()).contains(ReleaseVersion.of("1.4.0"));
        assertThat(runningJar()).isEqualTo("the application 1.4.0");
    }

    @Test
    void aRollBackWithoutPreviousReleaseIsRefused() throws IOException {
        installed("1.4.0");

        assertThatThrownBy(releases::rollBack).hasMessageContaining("no previous release to roll back to");
        assertThat(releases.running()).contains(ReleaseVersion.of("1.4.0"));
    }

    @Test
    void aBundleThatFailsItsCheckLeavesNoFolderBehind() throws IOException {
        installed("1.4.0");
        var entries = TestBundles.entries(bundle("1.5.0"));
        entries.put("app/lib/h2.jar", new byte[] {1, 2, 3});
        var tampered = TestBundles.write(dir.resolve("tampered.zip"), entries, Map.of());

        assertThatThrownBy(() -> releases.unpack(tampered)).isInstanceOf(ReleaseException.class);

        try (var folders = Files.list(releases.releases())) {
            assertThat(folders.map(f -> f.getFileName().toString())).containsExactly("1.4.0");
        }
    }

    @Test
    void anUnpackCutShortByAPowerLossIsRedoneFromTheStart() throws IOException {
        installed("1.4.0");
        var cutShort = Files.createDirectories(releases.releases().resolve("1.5.0.partial/lib"));
        Files.writeString(cutShort.resolve("h2.jar"), "half a libr");

        releases.unpack(bundle("1.5.0"));

        assertThat(releases.releases().resolve("1.5.0.partial")).doesNotExist();
        assertThat(releases.folder(ReleaseVersion.of("1.5.0")).resolve("lib/h2.jar"))
                .hasContent("h2 library");
    }

    @Test
    void theRunningReleaseIsNeverUnpackedOverItself() throws IOException {
        installed("1.4.0");

        assertThatThrownBy(() -> releases.unpack(bundle("1.4.0"))).hasMessageContaining("release 1.4.0 runs already");
        assertThat(runningJar()).isEqualTo("the application 1.4.0");
    }

    @Test
    void pruningKeepsOnlyTheCurrentAndThePreviousRelease() throws IOException {
        installed("1.3.0");
        installed("1.4.0");
        installed("1.5.0");

        assertThat(releases.prune()).containsExactly("1.3.0");

        try (var folders = Files.list(releases.releases())) {
            assertThat(folders.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("1.4.0", "1.5.0");
        }
    }
}
