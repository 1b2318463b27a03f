package be.ghelamcoalert.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.release.TestBundles;
import be.ghelamcoalert.testing.IntegrationTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ghelamco-alert release pack|verify|keygen}: the operator's side of an update. */
@IntegrationTest
class ReleaseCommandTest {
    @TempDir
    Path dir;

    record Result(int exit, String out) {}

    private static Result run(String... args) {
        var out = new StringWriter();
        var cli = KioskCommandLine.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exit = cli.execute(args);
        return new Result(exit, out.toString());
    }

    @Test
    void aKeyFromKeygenPacksABundleThatVerifiesWithThePublicHalf() throws IOException {
        var keys = Files.createDirectory(dir.resolve("keys"));
        var app = TestBundles.application(dir.resolve("app"), "1.5.0");
        var bundle = dir.resolve("out.zip");

        var keygen = run("release", "keygen", "--out", keys.toString(), "release-2026");
        var pack = run(
                "release",
                "pack",
                "--key",
                keys.resolve("release-2026.key.pem").toString(),
                "--release-version",
                "1.5.0",
                "--arch",
                "aarch64,x86_64",
                "--out",
                bundle.toString(),
                app.toString());
        Files.move(keys.resolve("release-2026.key.pem"), dir.resolve("private.pem"));
        var verify = run("release", "verify", "--keys", keys.toString(), bundle.toString());

        assertThat(keygen.exit()).as(keygen.out()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("private.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(pack.exit()).as(pack.out()).isZero();
        assertThat(pack.out())
                .contains("version 1.5.0, minimum store schema " + Database.SCHEMA_VERSION
                        + ", 4 files, for [aarch64, x86_64]");
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("valid: version 1.5.0").contains("signed by release-2026.pem");
    }

    @Test
    void theVersionComesFromTheJarWhenNotGiven() throws IOException {
        var pair = TestBundles.keyPair();
        var app = TestBundles.application(dir.resolve("app"), "ignored");
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.6.0");
        Files.delete(app.resolve("ghelamco-alert.jar"));
        try (var jar = new JarOutputStream(Files.newOutputStream(app.resolve("ghelamco-alert.jar")), manifest)) {
            jar.flush();
        }

        var pack = run(
                "release",
                "pack",
                "--key",
                TestBundles.privateKeyFile(pair, dir.resolve("k.pem")).toString(),
                "--out",
                dir.resolve("b.zip").toString(),
                app.toString());

        assertThat(pack.out()).contains("version 1.6.0");
    }

    @Test
    void aBundleFromAnotherKeyFailsVerificationWithExitOne() throws IOException {
        var keys = dir.resolve("keys");
        TestBundles.trust(TestBundles.keyPair(), keys, "release-2026.pem");
        var bundle = TestBundles.bundle(
                TestBundles.keyPair(),
                TestBundles.application(dir.resolve("app"), "1.5.0"),
                "1.5.0",
                "9",
                java.util.List.of("aarch64"),
                dir.resolve("b.zip"));

        var verify = run("release", "verify", "--keys", keys.toString(), bundle.toString());

        assertThat(verify.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(verify.out())
                .startsWith("invalid: the manifest's signature is not valid for any trusted key [release-2026.pem]");
    }

    /** The README tells operators they may make keys with OpenSSL instead of keygen. */
    @Test
    void keysMadeByOpenSslWork() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is installed");
        var keys = Files.createDirectory(dir.resolve("keys"));
        var privateKey = dir.resolve("openssl.key.pem");
        openssl("genpkey", "-algorithm", "ed25519", "-out", privateKey.toString());
        openssl(
                "pkey",
                "-in",
                privateKey.toString(),
                "-pubout",
                "-out",
                keys.resolve("openssl.pem").toString());

        var pack = run(
                "release",
                "pack",
                "--key",
                privateKey.toString(),
                "--release-version",
                "1.5.0",
                "--out",
                dir.resolve("b.zip").toString(),
                TestBundles.application(dir.resolve("app"), "1.5.0").toString());
        var verify = run(
                "release",
                "verify",
                "--keys",
                keys.toString(),
                dir.resolve("b.zip").toString());

        assertThat(pack.exit()).as(pack.out()).isZero();
        assertThat(verify.out()).contains("signed by openssl.pem");
    }

    @Test
    void aWrongKindOfKeyIsRefusedWithItsPath() throws IOException {
        var notAKey = Files.writeString(
                dir.resolve("id_rsa.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        var pack = run(
                "release",
                "pack",
                "--key",
                notAKey.toString(),
                "--release-version",
                "1.5.0",
                "--out",
                dir.resolve("b.zip").toString(),
                TestBundles.application(dir.resolve("app"), "1.5.0").toString());

        assertThat(pack.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(pack.out()).startsWith("not packed: " + notAKey + " is not an Ed25519 private key");
        assertThat(dir.resolve("b.zip")).doesNotExist();
    }

    private static void openssl(String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of("/usr/bin/openssl"));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
