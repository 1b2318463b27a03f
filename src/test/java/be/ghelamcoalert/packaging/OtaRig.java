package be.ghelamcoalert.packaging;

import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.adapter.release.Sha256;
import be.ghelamcoalert.adapter.release.TestBundles;
import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.testing.DeployedKiosk;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IotYaml;
import be.ghelamcoalert.testing.LocalWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Pi in a temporary root for over-the-air update tests, with real processes throughout: the
 * packaged release {@value #PACKAGED} in {@code /opt/ghelamco-alert} (its jar, {@code lib/},
 * {@code VERSION}, the real {@code kiosk-session.sh}, the JDK as {@code jdk/}), the unit's
 * configuration with a release key and the cloud on a local Mosquitto with the Jobs double, the
 * bundles on a local https server, and {@link SystemdStandIn} starting the launcher again after every
 * end. Register with {@code @RegisterExtension}; everything is stopped after each test.
 */
final class OtaRig implements BeforeEachCallback, AfterEachCallback {
    static final String PACKAGED = "1.4.0";
    static final String THING = "lobby-ota";
    static final Duration START = Duration.ofSeconds(90);
    /** The trial limit of these kiosks: a release not healthy this long after the switch is rolled back. */
    static final Duration TRIAL_LIMIT = Duration.ofSeconds(40);

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Path root;
    private DeployedKiosk.Layout layout;
    private Path home;
    private TestCertificates pki;
    private TlsBroker broker;
    private FakeJobsService jobs;
    private LocalWebServer web;
    private HttpsBundleServer bundles;
    private KeyPair signer;
    private SystemdStandIn systemd;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        root = Files.createTempDirectory(
                "ota-" + context.getRequiredTestMethod().getName() + "-");
        layout = DeployedKiosk.install(root.resolve("pi"));
        pki = TestCertificates.create(root.resolve("pki"));
        broker = TlsBroker.start(root.resolve("broker"), pki);
        jobs = new FakeJobsService(THING, broker, pki);
        web = new LocalWebServer().html("/club", FixturePage.of().table());
        bundles = new HttpsBundleServer(pki);
        signer = TestBundles.keyPair();
        TestBundles.trust(signer, layout.etc().resolve("release-keys"), "release-2026.pem");
        configure();
        home = installPackaged();
    }

    private void configure() throws IOException {
        var fixtures = layout.etc().resolve("fixtures.yaml");
        Files.writeString(
                fixtures,
                replace(
                        Files.readString(fixtures),
                        "url: https://www.kaagent.be/nl/wedstrijden",
                        "url: " + web.url("/club")));
        var kiosk = layout.etc().resolve("kiosk.yaml");
        var text = replace(
                Files.readString(kiosk),
                "releaseKeys: /etc/ghelamco-alert/release-keys",
                "releaseKeys: " + layout.etc().resolve("release-keys"));
        Files.writeString(kiosk, replace(text, "trialLimit: PT3M", "trialLimit: PT" + TRIAL_LIMIT.toSeconds() + "S"));
        var client = pki.client(THING, "ca");
        Files.writeString(
                kiosk,
                IotYaml.section(
                        "localhost",
                        broker.port(),
                        THING,
                        client.certificate(),
                        client.privateKey(),
                        pki.caCertificate()),
                StandardOpenOption.APPEND);
    }

    /** /opt/ghelamco-alert as install.sh leaves it: the jar, lib/, VERSION, the launcher, the JDK. */
    private Path installPackaged() throws IOException {
        var opt = layout.moved("/opt/ghelamco-alert");
        TestReleases.application(Files.createDirectories(opt), PACKAGED, TestReleases.Kind.GOOD);
        Files.move(opt.resolve("ghelamco-alert-" + PACKAGED + ".jar"), opt.resolve("ghelamco-alert.jar"));
        Files.writeString(opt.resolve("VERSION"), PACKAGED + "\n");
        Files.copy(
                Path.of("packaging/pi/kiosk-session.sh"),
                opt.resolve("kiosk-session.sh"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(opt.resolve("jdk"), Path.of(System.getProperty("java.home")));
        return opt;
    }

    /** Starts the unit and waits until the packaged release runs with updates on. */
    SystemdStandIn.Start startKiosk() throws Exception {
        launch(Optional.empty());
        return awaitRunning(PACKAGED);
    }

    /** Starts the unit with the first start held at {@code step} once it gets there; waits until the packaged release runs. */
    PausedAtStep startKioskPausingAt(Step step) throws Exception {
        launch(Optional.of(PausedAtStep.JAVA_OPTIONS));
        var pause = PausedAtStep.attach(systemd.awaitStart(1, START), step.className(), step.method(), START);
        awaitRunning(PACKAGED);
        return pause;
    }

    /** The next start (e.g. the restart into a new release) is held at {@code step}; returns the number of that start. */
    int pauseNextStart() {
        systemd.addJavaOptionsToNextStart(PausedAtStep.JAVA_OPTIONS);
        return systemd.starts().size() + 1;
    }

    /** Attaches to start {@code number} (begun after {@link #pauseNextStart}) to hold it at {@code step}. */
    PausedAtStep pauseAt(int number, Step step, Duration timeout) throws Exception {
        return PausedAtStep.attach(systemd.awaitStart(number, timeout), step.className(), step.method(), START);
    }

    /** A method of the kiosk at whose entry a start can be held (the first line of an update's step). */
    record Step(String className, String method) {}

    private void launch(Optional<String> firstStartOptions) throws Exception {
        var run = Files.createDirectories(root.resolve("run"));
        var bin = Files.createDirectories(root.resolve("bin"));
        standInSync(bin);
        var environment = new HashMap<>(DeployedKiosk.unitEnvironment(layout));
        environment.put(
                "JAVA_OPTS",
                environment.getOrDefault("JAVA_OPTS", "") + " " + String.join(" ", DeployedKiosk.HEADLESS_SCREEN)
                        + " -Djavax.net.ssl.trustStore=" + HttpsBundleServer.trustStore(pki, root.resolve("trust.p12"))
                        + " -Djavax.net.ssl.trustStorePassword=" + HttpsBundleServer.TRUST_STORE_PASSWORD);
        environment.put("GHELAMCO_HOME", home.toString());
        environment.put("RUNTIME_DIRECTORY", run.toString());
        environment.put("PATH", bin + ":" + System.getenv("PATH"));
        var command = new ArrayList<String>();
        command.add(home.resolve("kiosk-session.sh").toString());
        command.addAll(DeployedKiosk.execStartArguments(layout));
        systemd = new SystemdStandIn(command, environment, Files.createDirectories(root.resolve("journal")));
        firstStartOptions.ifPresent(systemd::addJavaOptionsToNextStart);
        systemd.start();
    }

    /**
     * A {@code sync} in front of the real one: the launcher's copy of the store into {@code backups/}
     * stops there (the copy written, not yet renamed) when {@link #holdTheNextStoreBackup} asked for it,
     * until the power cut.
     */
    private void standInSync(Path bin) throws IOException {
        var sync = bin.resolve("sync");
        Files.writeString(sync, """
                #!/bin/sh
                case "$*" in
                  */backups/*.partial)
                    if [ -f "$RUNTIME_DIRECTORY/hold-backup" ]; then
                      rm -f "$RUNTIME_DIRECTORY/hold-backup"
                      : > "$RUNTIME_DIRECTORY/holding-backup"
                      exec sleep infinity
                    fi ;;
                esac
                exec %s "$@"
                """.formatted(realSync()));
        Files.setPosixFilePermissions(sync, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String realSync() {
        return List.of("/usr/bin/sync", "/bin/sync").stream()
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no sync on this machine"));
    }

    void holdTheNextStoreBackup() throws IOException {
        Files.writeString(root.resolve("run/hold-backup"), "");
    }

    Path holdingBackupMarker() {
        return root.resolve("run/holding-backup");
    }

    /** Waits until the kiosk that runs now is {@code version}, with over-the-air updates on; returns its start. */
    SystemdStandIn.Start awaitRunning(String version) {
        return systemd.awaitRunningAndLogged(
                Pattern.compile("Over-the-air updates on: release " + Pattern.quote(version) + " runs"), START);
    }

    SystemdStandIn systemd() {
        return systemd;
    }

    FakeJobsService jobs() {
        return jobs;
    }

    HttpsBundleServer bundles() {
        return bundles;
    }

    Path data() {
        return layout.data();
    }

    Path home() {
        return home;
    }

    /** A signed bundle of {@code version}, of the given kind, declaring {@code minimumSchema}. */
    Path bundle(String version, TestReleases.Kind kind, String minimumSchema) throws IOException {
        var app = TestReleases.application(Files.createDirectories(root.resolve("build/" + version)), version, kind);
        return TestBundles.bundle(
                signer,
                app,
                version,
                minimumSchema,
                List.of(System.getProperty("os.arch")),
                root.resolve("ghelamco-alert-" + version + ".zip"));
    }

    /** Creates the update job for {@code bundle}, served at {@code https://localhost/NAME}. */
    void sendUpdate(String jobId, String version, Path bundle) throws IOException {
        var url = bundles.serve(bundle.getFileName().toString(), bundle);
        String sha;
        try (InputStream in = Files.newInputStream(bundle)) {
            sha = Sha256.of(in);
        }
        jobs.createJob(jobId, """
                {"version": 1, "operation": "update", "url": "%s", "sha256": "%s", "releaseVersion": "%s"}""".formatted(url, sha, version));
    }

    /** Creates a custom event through a job, and waits until the kiosk committed it (SUCCEEDED). */
    void commitEvent(String id) {
        var start = OffsetDateTime.now(BRUSSELS).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        jobs.createJob("create-" + id, """
                {"version": 1, "operation": "create-event", "id": "%s", "title": "Committed before the update",
                 "start": "%s", "end": "%s"}""".formatted(id, start, start.plusHours(3)));
        awaitFinalStatus("create-" + id, START);
    }

    /** Waits until the job has a final status (not QUEUED, not IN_PROGRESS) and returns it. */
    String awaitFinalStatus(String jobId, Duration timeout) {
        return await("a final status of " + jobId)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> Optional.ofNullable(jobs.execution(jobId))
                                .map(FakeJobsService.Execution::status)
                                .orElse("none"),
                        status -> !List.of("none", "QUEUED", "IN_PROGRESS").contains(status));
    }

    /** The custom events in the store, read after systemd stopped the kiosk (the store is closed then). */
    List<String> storedEventIds() throws Exception {
        systemd.close();
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), Clock.systemUTC(), layout.data())) {
            return kiosk.events().all().stream()
                    .map(Event::id)
                    .map(id -> id.value())
                    .toList();
        }
    }

    /** The store's columns of the events table (to see a half-applied migration), read while the kiosk is stopped. */
    List<String> eventColumns() throws Exception {
        systemd.close();
        var url = "jdbc:h2:file:" + layout.data().resolve("ghelamco-alert") + ";IFEXISTS=TRUE";
        try (var connection = java.sql.DriverManager.getConnection(url, "kiosk", "");
                var columns = connection.getMetaData().getColumns(null, null, "EVENTS", null)) {
            var names = new ArrayList<String>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase());
            }
            return names;
        }
    }

    private static String replace(String text, String shipped, String here) {
        if (!text.contains(shipped)) {
            throw new IllegalStateException("the shipped configuration no longer has '" + shipped + "'");
        }
        return text.replace(shipped, here);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (systemd != null) {
                systemd.close();
            }
        } finally {
            bundles.close();
            web.close();
            jobs.close();
            broker.close();
            if (context.getExecutionException().isEmpty()) {
                TestReleases.deleteTree(root);
            }
        }
    }
}
