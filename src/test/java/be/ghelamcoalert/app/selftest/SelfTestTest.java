package be.ghelamcoalert.app.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.app.selftest.CheckResult.Outcome;
import be.ghelamcoalert.testing.DutchFixtureText;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.IotYaml;
import be.ghelamcoalert.testing.LocalWebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ghelamco-alert self-test} on real files in a folder of the test's: the shipped
 * configuration, a real store, certificates made by openssl, a TLS endpoint and a fixture page on
 * 127.0.0.1, and stand-ins for timedatectl.
 */
@IntegrationTest
class SelfTestTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path root;

    private Path etc;
    private Path data;
    private Path devices;
    private Path timedatectl;
    private Clock clock;

    @BeforeEach
    void installAsThePackageDoes() throws IOException {
        etc = Files.createDirectories(root.resolve("etc"));
        data = Files.createDirectories(root.resolve("var-lib"));
        devices = Files.createDirectories(root.resolve("dev"));
        Files.copy(Path.of("kiosk-config/kiosk.yaml"), etc.resolve("kiosk.yaml"));
        timedatectl = script("timedatectl", "NTP=yes\nNTPSynchronized=yes\nTimezone=Europe/Brussels");
        // The system's: the certificates openssl makes during a test are valid from the second they are made.
        clock = Clock.systemUTC();
    }

    @Test
    void aFreshOfflineInstallPassesWithTheCloudAndTheFixturesNotConfigured() {
        var out = new StringWriter();
        var command = new CommandLine(new SelfTestCommand());
        command.setOut(new PrintWriter(out));

        int exit = command.execute(
                "--config",
                etc.resolve("kiosk.yaml").toString(),
                "--fixtures",
                etc.resolve("fixtures.yaml").toString(),
                "--environment-file",
                etc.resolve("ghelamco-alert.env").toString(),
                "--data-dir",
                data.toString(),
                "--gpio-devices",
                devices.toString(),
                "--timedatectl",
                timedatectl.toString(),
                "--min-free-mb",
                "1");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^cloud endpoint +NOT CONFIGURED +offline")
                .containsPattern("(?m)^fixture sources +NOT CONFIGURED ")
                .containsPattern("(?m)^store +OK ")
                .containsPattern("(?m)^clock +OK +synchronised by NTP")
                .containsPattern("(?m)^relay GPIO +SKIPPED +not a Raspberry Pi")
                .contains("self-test passed: ");
    }

    @Test
    void aFailedCheckMakesExitCodeOneAndIsNamedAtTheEnd() {
        var out = new StringWriter();
        var command = new CommandLine(new SelfTestCommand());
        command.setOut(new PrintWriter(out));

        int exit = command.execute(
                "--config",
                etc.resolve("kiosk.yaml").toString(),
                "--data-dir",
                root.resolve("missing").toString(),
                "--environment-file",
                etc.resolve("none.env").toString(),
                "--fixtures",
                etc.resolve("none.yaml").toString(),
                "--gpio-devices",
                devices.toString(),
                "--timedatectl",
                timedatectl.toString(),
                "--min-free-mb",
                "1");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("(?m)^store +FAIL +the data directory .*missing does not exist")
                .contains("self-test FAILED: store");
    }

    @Test
    void theStoreIsCheckedThroughACopyAndLeftAsItWas() throws Exception {
        Database.open(data).close();
        var store = data.resolve(Database.STORE_FILE);
        var before = Files.readAllBytes(store);
        var modified = Files.getLastModifiedTime(store);

        var result = result(run(), "store");

        assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.OK);
        assertThat(result.detail())
                .contains("a copy opened at schema " + Database.SCHEMA_VERSION)
                .contains("took a write");
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(store)).isEqualTo(modified);
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(Database.STORE_FILE);
        }
    }

    @Test
    void aDamagedStoreFails() throws IOException {
        Files.write(data.resolve(Database.STORE_FILE), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        assertThat(result(run(), "store").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void theEnvironmentFileOverridesTheConfigurationAndMustNotBeWorldReadable() throws IOException {
        var env =
                Files.writeString(etc.resolve("ghelamco-alert.env"), "# site\nGHELAMCO__KIOSK__NAME=\"Lobby west\"\n");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-r-----"));

        var results = run();

        assertThat(result(results, "kiosk.yaml").detail()).contains("kiosk 'Lobby west'");
        assertThat(result(results, "environment file").outcome()).isEqualTo(Outcome.OK);

        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(result(run(), "environment file").detail()).contains("can be read by any user");
    }

    @Test
    void aConfigurationErrorFailsWithTheFileAndTheKey() throws IOException {
        Files.writeString(etc.resolve("kiosk.yaml"), "alarm:\n  relay:\n    pin: 40\n");

        var result = result(run(), "kiosk.yaml");

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("kiosk.yaml").contains("pin");
    }

    @Test
    void theCertificatesAreReadableTheKeyIsPrivateAndMatchesAndTheEndpointShakesHands() throws Exception {
        var pki = TestCertificates.create(root.resolve("certs"));
        var client = pki.client("lobby-1", "ca");
        try (var endpoint = new TlsEndpoint(pki)) {
            configureCloud(endpoint.port(), client.certificate(), client.privateKey(), pki.caCertificate());

            var results = run();

            assertThat(result(results, "device certificate").detail())
                    .contains("CN=lobby-1")
                    .contains("valid until");
            assertThat(result(results, "private key").detail()).contains("matches the device certificate");
            assertThat(result(results, "CA certificate").detail()).contains("CN=Test ca");
            assertThat(result(results, "cloud DNS").detail()).contains("127.0.0.1");
            var tls = result(results, "cloud TLS");
            assertThat(tls.outcome()).as(tls.detail()).isEqualTo(Outcome.OK);
            assertThat(tls.detail()).contains("CN=localhost");
        }
    }

    @Test
    void anOpenKeyTheWrongKeyAndACertificateTheEndpointRefusesFail() throws Exception {
        var pki = TestCertificates.create(root.resolve("certs"));
        var client = pki.client("lobby-1", "ca");
        var foreign = pki.client("intruder", "foreign-ca");
        try (var endpoint = new TlsEndpoint(pki)) {
            configureCloud(endpoint.port(), foreign.certificate(), foreign.privateKey(), pki.caCertificate());
            var tls = result(run(), "cloud TLS");
            assertThat(tls.outcome()).as(tls.detail()).isEqualTo(Outcome.FAIL);
            assertThat(tls.detail()).contains("refused the device certificate");

            configureCloud(endpoint.port(), client.certificate(), foreign.privateKey(), pki.caCertificate());
            assertThat(result(run(), "private key").detail()).contains("is NOT the key of the device certificate");

            Files.setPosixFilePermissions(client.privateKey(), PosixFilePermissions.fromString("rw-r--r--"));
            configureCloud(endpoint.port(), client.certificate(), client.privateKey(), pki.caCertificate());
            var key = result(run(), "private key");
            assertThat(key.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(key.detail()).contains("chmod 600");
        }
    }

    @Test
    void aCertificateThatEndsSoonWarnsAndAnExpiredOneFails() throws Exception {
        var pki = TestCertificates.create(root.resolve("certs"));
        var client = pki.client("lobby-1", "ca");
        configureCloud(1, client.certificate(), client.privateKey(), pki.caCertificate());
        var notAfter = PemCredentials.certificates(client.certificate())
                .getFirst()
                .getNotAfter()
                .toInstant();

        assertThat(result(run(), "device certificate").outcome())
                .as("the test PKI lasts 2 days")
                .isEqualTo(Outcome.WARN);
        clock = Clock.fixed(notAfter.plusSeconds(1), ZoneOffset.UTC);
        assertThat(result(run(), "device certificate").detail()).contains("EXPIRED");
    }

    @Test
    void eachFixtureSourceIsFetchedOnceAndItsRowsCounted() throws IOException {
        try (var web = new LocalWebServer()) {
            var kickoff = ZonedDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Brussels"))
                    .plusDays(10)
                    .withHour(20)
                    .withMinute(45);
            web.html(
                    "/club",
                    FixturePage.of(FixturePage.Row.match(
                                    DutchFixtureText.date(kickoff),
                                    DutchFixtureText.time(kickoff),
                                    "KAA Gent",
                                    "Club Brugge",
                                    "Jupiler Pro League",
                                    "Planet Group Arena"))
                            .table());
            var text = Files.readString(Path.of("kiosk-config/fixtures.yaml"));
            Files.writeString(
                    etc.resolve("fixtures.yaml"),
                    text.replace("https://www.kaagent.be/nl/wedstrijden", web.url("/club")));

            var source = result(run(), "fixtures club-fixtures");

            assertThat(source.outcome()).as(source.detail()).isEqualTo(Outcome.OK);
            assertThat(source.detail()).contains("1 rows, 1 fixtures");
            assertThat(web.hits("/club")).isEqualTo(1);

            web.serve("/club", 503, "text/html", "<html><body>down</body></html>", Duration.ZERO);
            assertThat(result(run(), "fixtures club-fixtures").outcome()).isEqualTo(Outcome.FAIL);
            assertThat(web.hits("/club")).as("one attempt, no retries").isEqualTo(2);
        }
    }

    @Test
    void anUnsynchronisedClockFailsAndAMissingTimedatectlOnlyWarns() throws IOException {
        timedatectl = script("timedatectl-unsynced", "NTP=yes\nNTPSynchronized=no");
        assertThat(result(run(), "clock").outcome()).isEqualTo(Outcome.FAIL);

        timedatectl = root.resolve("no-such-timedatectl");
        assertThat(result(run(), "clock").outcome()).isEqualTo(Outcome.WARN);
    }

    @Test
    void tooLittleFreeSpaceFails() {
        var result = DiskSpaceCheck.run(data, Long.MAX_VALUE);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("MB free for " + data);
    }

    @Test
    void aConfiguredGpioChipThatIsMissingOrNotAChipFails() throws IOException {
        Files.writeString(etc.resolve("kiosk.yaml"), "alarm:\n  relay:\n    chip: gpiochip4\n");
        assertThat(result(run(), "relay GPIO").detail()).endsWith("gpiochip4 does not exist");

        Files.writeString(devices.resolve("gpiochip4"), "a plain file");
        var notAChip = result(run(), "relay GPIO");
        assertThat(notAChip.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(notAChip.detail()).contains("is not a GPIO chip");
    }

    @Test
    void onAPiAMissingGpioChipFails() {
        var files = new SelfTestFiles(
                etc.resolve("kiosk.yaml"),
                etc.resolve("fixtures.yaml"),
                etc.resolve("ghelamco-alert.env"),
                Optional.of(data),
                devices);

        var results = new SelfTest(files, Map.of(), clock, timedatectl.toString(), true, TIMEOUT, 1).run();

        assertThat(result(results, "relay GPIO").outcome()).isEqualTo(Outcome.FAIL);
    }

    private List<CheckResult> run() {
        var files = new SelfTestFiles(
                etc.resolve("kiosk.yaml"),
                etc.resolve("fixtures.yaml"),
                etc.resolve("ghelamco-alert.env"),
                Optional.of(data),
                devices);
        return new SelfTest(files, Map.of(), clock, timedatectl.toString(), false, TIMEOUT, 1).run();
    }

    private static CheckResult result(List<CheckResult> results, String check) {
        return results.stream()
                .filter(r -> r.check().equals(check))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check '" + check + "' in " + results));
    }

    private void configureCloud(int port, Path certificate, Path key, Path ca) throws IOException {
        Files.writeString(
                etc.resolve("kiosk.yaml"), IotYaml.section("localhost", port, "lobby-1", certificate, key, ca));
    }

    private Path script(String name, String output) throws IOException {
        var file = root.resolve(name);
        Files.writeString(file, "#!/bin/sh\n[ \"$1\" = show ] || exit 2\ncat <<'EOF'\n" + output + "\nEOF\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
