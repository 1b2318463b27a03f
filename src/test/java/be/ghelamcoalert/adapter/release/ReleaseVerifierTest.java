package be.ghelamcoalert.adapter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle is used only when a trusted key signed its manifest and every file matches it. */
class ReleaseVerifierTest {
    @TempDir
    Path dir;

    private final KeyPair signer = TestBundles.keyPair();
    private Path keys;
    private Path bundle;

    @BeforeEach
    void packAGoodBundle() throws IOException {
        keys = dir.resolve("release-keys");
        TestBundles.trust(TestBundles.keyPair(), keys, "old-2025.pem");
        TestBundles.trust(signer, keys, "release-2026.pem");
        var app = TestBundles.application(dir.resolve("app"), "1.5.0");
        bundle = TestBundles.bundle(signer, app, "1.5.0", "9", List.of("aarch64"), dir.resolve("bundle.zip"));
    }

    private ReleaseVerifier verifier() {
        return new ReleaseVerifier(ReleaseKeys.trusted(keys));
    }

    @Test
    void aBundleSignedByATrustedKeyIsValidAndNamesItsSigner() {
        var verified = verifier().verify(bundle);

        assertThat(verified.signedBy()).isEqualTo("release-2026.pem");
        assertThat(verified.manifest().version()).isEqualTo("1.5.0");
        assertThat(verified.manifest().minimumSchema()).isEqualTo("9");
        assertThat(verified.manifest().architectures()).containsExactly("aarch64");
        assertThat(verified.manifest().files())
                .containsOnlyKeys("ghelamco-alert.jar", "lib/h2.jar", "lib/jdbi3-core.jar", "lib/aot/training.conf");
    }

    @Test
    void unpacksExactlyTheApplicationFiles() throws IOException {
        var into = dir.resolve("releases/1.5.0");

        verifier().verifyAndUnpack(bundle, into);

        assertThat(Files.readString(into.resolve("ghelamco-alert.jar"))).isEqualTo("the application 1.5.0");
        assertThat(into.resolve("lib/aot/training.conf")).hasSize(200_000);
        try (var files = Files.walk(into)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(4);
        }
    }

    @Test
    void aBundleSignedByAnUntrustedKeyIsRefused() throws IOException {
        var stranger = TestBundles.bundle(
                TestBundles.keyPair(),
                dir.resolve("app"),
                "1.5.0",
                "9",
                List.of("aarch64"),
                dir.resolve("stranger.zip"));

        assertThatThrownBy(() -> verifier().verify(stranger))
                .isInstanceOf(ReleaseException.class)
                .hasMessageContaining("signature is not valid for any trusted key [old-2025.pem, release-2026.pem]");
    }

    @Test
    void aManifestChangedAfterSigningIsRefused() {
        var entries = TestBundles.entries(bundle);
        var manifest = new String(entries.get(BundlePaths.MANIFEST), StandardCharsets.UTF_8);
        entries.put(
                BundlePaths.MANIFEST, manifest.replace("\"1.5.0\"", "\"9.9.9\"").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier().verify(TestBundles.write(dir.resolve("bumped.zip"), entries, Map.of())))
                .hasMessageContaining("signature is not valid");
    }

    @Test
    void aFileChangedAfterSigningIsRefusedNamingIt() {
        var entries = TestBundles.entries(bundle);
        entries.put("app/lib/h2.jar", "h2 library with a back door".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier().verify(TestBundles.write(dir.resolve("changed.zip"), entries, Map.of())))
                .hasMessageContaining("bundle file lib/h2.jar has SHA-256")
                .hasMessageContaining("the manifest says");
    }

    @Test
    void aFileTheManifestDoesNotListIsRefused() {
        var entries = TestBundles.entries(bundle);

        assertThatThrownBy(() -> verifier()
                        .verify(TestBundles.write(
                                dir.resolve("extra.zip"), entries, Map.of("app/lib/extra.jar", new byte[] {1}))))
                .hasMessageContaining("bundle file lib/extra.jar is not in the signed manifest");
    }

    @Test
    void aMissingFileIsRefused() {
        var entries = TestBundles.entries(bundle);
        entries.remove("app/lib/h2.jar");

        assertThatThrownBy(() -> verifier().verify(TestBundles.write(dir.resolve("missing.zip"), entries, Map.of())))
                .hasMessageContaining("bundle lacks files of its manifest: [lib/h2.jar]");
    }

    @Test
    void anEntryThatWouldLeaveTheReleaseFolderIsRefusedBeforeItIsWritten() {
        var entries = TestBundles.entries(bundle);
        var into = dir.resolve("releases/1.5.0");

        assertThatThrownBy(() -> verifier()
                        .verifyAndUnpack(
                                TestBundles.write(
                                        dir.resolve("escape.zip"), entries, Map.of("app/../../escaped.sh", new byte[] {1
                                        })),
                                into))
                .hasMessageContaining("bundle path '../../escaped.sh'");
        assertThat(dir.resolve("escaped.sh")).doesNotExist();
    }

    @Test
    void anEntryOutsideTheApplicationFolderIsRefused() {
        var entries = TestBundles.entries(bundle);

        assertThatThrownBy(() -> verifier()
                        .verify(TestBundles.write(
                                dir.resolve("outside.zip"), entries, Map.of("etc/sudoers", new byte[] {1}))))
                .hasMessageContaining("bundle entry 'etc/sudoers' is outside app/");
    }

    @Test
    void theManifestMustComeFirstSoThatNothingIsReadBeforeTheSignature() {
        var entries = TestBundles.entries(bundle);
        var reordered = new LinkedHashMap<String, byte[]>();
        reordered.put("app/ghelamco-alert.jar", entries.remove("app/ghelamco-alert.jar"));
        reordered.putAll(entries);

        assertThatThrownBy(
                        () -> verifier().verify(TestBundles.write(dir.resolve("reordered.zip"), reordered, Map.of())))
                .hasMessageContaining(
                        "bundle must hold manifest.json as its first entry, found 'app/ghelamco-alert.jar'");
    }

    @Test
    void aSignatureThatIsNotBase64IsRefused() {
        var entries = TestBundles.entries(bundle);
        entries.put(BundlePaths.SIGNATURE, "not base64 !".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> verifier().verify(TestBundles.write(dir.resolve("sig.zip"), entries, Map.of())))
                .hasMessageContaining("manifest.sig is not Base64");
    }

    @Test
    void aTruncatedBundleIsRefused() throws IOException {
        var bytes = Files.readAllBytes(bundle);
        var truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> verifier().verify(truncated))
                .isInstanceOf(ReleaseException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .containsAnyOf("not a complete zip bundle", "bundle lacks files", "cannot read bundle"));
    }

    @Test
    void unpackingStopsAtTheSizeLimit() {
        var small = new ReleaseVerifier(ReleaseKeys.trusted(keys), 100_000);

        assertThatThrownBy(() -> small.verifyAndUnpack(bundle, dir.resolve("releases/1.5.0")))
                .hasMessageContaining("bundle unpacks to more than the limit");
    }

    @Test
    void aSignedManifestWithAPathOutOfTheFolderIsRefused() throws Exception {
        var json = """
                {"format":1,"version":"1.5.0","minimumSchema":"9","architectures":["aarch64"],
                 "files":{"../../bin/sh":"%s"}}""".formatted("0".repeat(64)).getBytes(StandardCharsets.UTF_8);
        var signature = java.security.Signature.getInstance("Ed25519");
        signature.initSign(signer.getPrivate());
        signature.update(json);
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put(BundlePaths.MANIFEST, json);
        entries.put(BundlePaths.SIGNATURE, Base64.getEncoder().encode(signature.sign()));

        assertThatThrownBy(
                        () -> verifier().verify(TestBundles.write(dir.resolve("signed-escape.zip"), entries, Map.of())))
                .hasMessageContaining("bundle path '../../bin/sh'");
    }

    @Test
    void anEmptyKeyDirectoryTrustsNothing() throws IOException {
        var empty = Files.createDirectory(dir.resolve("no-keys"));

        assertThatThrownBy(() -> ReleaseKeys.trusted(empty)).hasMessageContaining("no trusted release key (*.pem) in");
    }
}
