package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.FixturePage.Row.match;
import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.gpio.Pi4jRelay;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TestMqttClient;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiAuditLog;
import be.ghelamcoalert.adapter.persistence.JdbiMetricsOutbox;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.LightStatus.LightPattern;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.testing.FixturePage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.LocalWebServer;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.status.StatusBarViewModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pi4j.io.gpio.digital.DigitalState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole device as {@code RunKioskCommand} starts it ({@link Device}), minus the window, on a
 * match day: configuration files, a real H2 file, a fixture page on a local web server, a real
 * Mosquitto with mutual TLS and the AWS IoT Jobs double, and the relay on Pi4J's mock platform.
 * The clock only moves when the test moves it; awaiting is only for the device's own threads
 * (the import, MQTT, the alarm engine's tick). It checks what a person would see: the event and
 * its deadline, the status bar, the light and why, the notices, the audit log, the remote-command
 * log, the shadow and the metrics.
 */
@IntegrationTest
class DeviceEndToEndTest {
    private static final String THING = "lobby-e2e";
    private static final String JPL = "Jupiler Pro League";
    private static final String ARENA = "Planet Group Arena";
    private static final String TITLE = "KAA Gent - Club Brugge";
    /** Bound for real network I/O (TLS connect, an HTTP import, a job round trip). */
    private static final Duration IO = Duration.ofSeconds(15);
    /** Bound for the alarm engine to see a moved clock: it ticks every 50 ms. */
    private static final Duration TICK = Duration.ofSeconds(2);

    private static final List<String> FINAL = List.of("SUCCEEDED", "REJECTED", "FAILED");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> metricsReceived = new CopyOnWriteArrayList<>();
    private final List<DigitalState> pinChanges = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closeAfterwards = new ArrayList<>();
    private LocalWebServer web;
    private TlsBroker broker;
    private FakeJobsService jobs;
    private MutableClock clock;
    private Device device;
    private Pi4jRelay relay;
    /** The status bar as the screen shows it (the view model; no window). */
    private StatusBarViewModel statusBar;

    @AfterEach
    void stopEverything() throws Exception {
        for (var resource : closeAfterwards.reversed()) {
            resource.close();
        }
    }

    @Test
    void aMatchDayFromTheFirstImportToShutdownAsTheLobbyAndTheCloudSeeIt() throws Exception {
        // 1. Start: a home match on Wednesday 9 December 2026 at 20:45 on the club's page.
        startInfrastructure();
        web.html("/club", page("20u45"));
        clock = MutableClock.at(brussels(2026, 12, 9, 10, 0));
        var privateKey = dir.resolve("pki").resolve("ca-" + THING + ".key");
        var config = new ConfigLoader(Map.of()).load(writeKioskYaml());
        device = Device.start(config, clock, writeFixturesYaml(), false);
        closeAfterwards.add(device);
        statusBar = new StatusBarViewModel(
                device.kiosk().status(),
                clock,
                Texts.forLanguage(config.kiosk().language(), config.deadlines().zone()),
                null);
        assertThat(Files.getPosixFilePermissions(privateKey))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(device.relay()).isInstanceOf(Pi4jRelay.class);
        relay = (Pi4jRelay) device.relay();
        assertThat(relay.description()).contains("Pi4J mock");
        relay.onLevelChange(change -> pinChanges.add(change.state()));
        var kiosk = device.kiosk();
        var status = kiosk.status();

        // 2. The import at start creates the match and its alerts; the status bar: source OK, cloud ONLINE.
        await("first import").atMost(IO).until(() -> status.fixtures().health() == ImportStatus.Health.OK);
        await("connected").atMost(IO).until(() -> status.cloud().state() == CloudStatus.State.ONLINE);
        assertThat(status.cloud().detail()).contains("connected to localhost:" + broker.port() + " as " + THING);
        assertThat(web.hits("/club")).isEqualTo(1);
        var match = homeMatch();
        assertThat(kiosk.events().all())
                .as("the away match at Genk is not ours")
                .containsExactly(match);
        assertThat(match.kind()).isEqualTo(EventKind.HOME_MATCH);
        assertThat(match.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(overview().deadline().clearBy().toLocalTime()).isEqualTo(LocalTime.of(17, 45));
        assertThat(overview().stage()).isEqualTo(EventStage.TODAY);
        assertThat(alerts())
                .extracting(Alert::kind)
                .containsExactlyInAnyOrder(AlertKind.NOTICE, AlertKind.WARNING, AlertKind.OVERDUE);
        assertThat(lightAlert().dueAt()).isEqualTo(brussels(2026, 12, 9, 16, 45).toInstant());
        assertThat(lit()).isFalse();
        assertThat(status.light().lit()).isFalse();
        statusBar.refresh();
        assertThat(statusBar.cloudProperty().get()).isEqualTo("Cloud: online");
        assertThat(statusBar.fixturesProperty().get()).isEqualTo("Import 10:00 (zopas) · bron OK");
        assertThat(statusBar.lightProperty().get()).isEqualTo("Licht uit");

        // 3. 17:15, half an hour before the deadline: the light stage. The relay goes on within a tick.
        clock.set(brussels(2026, 12, 9, 17, 15));
        awaitLight("light on", LightPattern.STEADY);
        assertThat(status.light().reason()).isEqualTo("warning: " + TITLE);
        assertThat(overview().stage()).isEqualTo(EventStage.LIGHT_ON);
        statusBar.refresh();
        assertThat(statusBar.lightProperty().get()).isEqualTo("Licht AAN");
        assertThat(statusBar.lampLitProperty().get()).isTrue();
        await("audited")
                .atMost(TICK)
                .untilAsserted(() -> assertThat(alarmAudit(kiosk.audit().latest(50)))
                        .first()
                        .satisfies(a -> assertThat(a.detail()).startsWith("on (steady): warning: " + TITLE)));
        await("shadow: relay on")
                .atMost(IO)
                .until(() -> lastShadow().path("relay").path("on").asBoolean());

        // 4. The operator snoozes from the AWS console: the job succeeds and the light goes off.
        var eventId = match.id().value();
        var snooze = runJob("snooze-1", """
                {"version": 1, "operation": "snooze", "eventId": "%s", "duration": "PT15M"}""".formatted(eventId));
        assertThat(snooze.status()).isEqualTo("SUCCEEDED");
        assertThat(snooze.detail("summary")).contains("snoozed " + TITLE + " until 17:30");
        awaitLight("light off after snooze", LightPattern.OFF);
        assertThat(lightAlert().stateAt(clock.instant())).isEqualTo(AlertState.SNOOZED);
        assertThat(kiosk.audit().latest(50)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo(Actor.remoteJob("snooze-1"));
            assertThat(a.action()).isEqualTo("snooze");
        });
        assertThat(device.jobs().latest(10)).first().satisfies(j -> {
            assertThat(j.jobId()).isEqualTo("snooze-1");
            assertThat(j.operation()).isEqualTo("snooze");
            assertThat(j.outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
        });
        await("shadow: relay off")
                .atMost(IO)
                .until(() -> !lastShadow().path("relay").path("on").asBoolean());
        assertThat(lastShadow().path("nextEvent").path("id").asText()).isEqualTo(eventId);

        // 5. 17:20: the club moves the kickoff to 21:00; "refresh now" arrives as a job.
        clock.set(brussels(2026, 12, 9, 17, 20));
        web.html("/club", page("21u00"));
        var refresh = runJob("refresh-1", """
                {"version": 1, "operation": "refresh-fixtures"}""");
        assertThat(refresh.status()).isEqualTo("SUCCEEDED");
        assertThat(web.hits("/club")).isEqualTo(2);
        var moved = homeMatch();
        assertThat(moved.id()).isEqualTo(match.id());
        assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
        assertThat(moved.start().time()).contains(LocalTime.of(21, 0));
        assertThat(kiosk.queries().openNotices())
                .extracting(Notice::text)
                .singleElement()
                .asString()
                .isEqualTo(TITLE + ": kickoff moved Wed 9 Dec 20:45 → Wed 9 Dec 21:00, clear the car park by 18:00");
        assertThat(alerts())
                .allSatisfy(a -> assertThat(a.snoozedUntil())
                        .as("snooze for the old kickoff")
                        .isEmpty());
        assertThat(kiosk.audit().latest(50)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo(Actor.fixtureImport("club-fixtures"));
            assertThat(a.action()).isEqualTo("import-moved");
        });
        awaitLight("light on again: the snooze was for the old kickoff", LightPattern.STEADY);
        statusBar.refresh();
        assertThat(statusBar.fixturesProperty().get()).isEqualTo("Import 17:20 (zopas) · bron OK");

        // 6. 17:21: a malformed job document is rejected, naming the field, and changes nothing.
        clock.set(brussels(2026, 12, 9, 17, 21));
        var before = snapshot();
        var malformed = runJob("snooze-bad", """
                {"version": 1, "operation": "snooze", "eventId": "%s", "duration": "a quarter of an hour"}""".formatted(eventId));
        assertThat(malformed.status()).isEqualTo("REJECTED");
        assertThat(malformed.detail("field")).contains("duration");
        assertThat(malformed.detail("reason")).get().asString().isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(kiosk.audit().latest(50)).noneMatch(a -> a.actor().equals(Actor.remoteJob("snooze-bad")));
        assertThat(device.jobs().latest(10))
                .filteredOn(j -> j.jobId().equals("snooze-bad"))
                .singleElement()
                .satisfies(j -> assertThat(j.outcome()).isEqualTo(JobRecord.Outcome.REJECTED));
        assertThat(lit()).isTrue();

        // 7. 18:05, past the deadline: overdue blinks (on for the first second of every two) ...
        clock.set(brussels(2026, 12, 9, 18, 5));
        awaitLight("overdue on (the first second of the blink)", LightPattern.SLOW_BLINK);
        assertThat(status.light().reason()).isEqualTo("overdue: " + TITLE);
        assertThat(overview().stage()).isEqualTo(EventStage.OVERDUE);
        statusBar.refresh();
        assertThat(statusBar.lightProperty().get()).isEqualTo("Licht knippert");
        assertThat(statusBar.lampLitProperty().get())
                .as("the lamp on screen blinks with the relay")
                .isTrue();
        clock.advance(Duration.ofSeconds(1));
        await("blink: off half").atMost(TICK).until(() -> !lit());
        statusBar.tick();
        assertThat(statusBar.lampLitProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        await("blink: on half").atMost(TICK).until(this::lit);
        statusBar.tick();
        assertThat(statusBar.lampLitProperty().get()).isTrue();
        // ... until the car park is confirmed clear, remotely.
        var confirm = runJob("confirm-1", """
                {"version": 1, "operation": "confirm", "eventId": "%s"}""".formatted(eventId));
        assertThat(confirm.status()).isEqualTo("SUCCEEDED");
        awaitLight("light off after confirm", LightPattern.OFF);
        assertThat(overview().stage()).isEqualTo(EventStage.CLEARED);

        // 8. A light test is running when the device is closed: the relay goes off, the broker
        //    sees the disconnect, and every metric window is in the outbox.
        var lightTest = runJob("light-test-1", """
                {"version": 1, "operation": "light-test", "duration": "PT30S"}""");
        assertThat(lightTest.status()).isEqualTo("SUCCEEDED");
        awaitLight("light test on", LightPattern.STEADY);
        var outbox = new JdbiMetricsOutbox(kiosk.database(), clock);
        await("windows published while online")
                .atMost(IO)
                .until(() -> outbox.unpublished(100).isEmpty());

        closeAfterwards.remove(device);
        device.close();

        assertThat(pinChanges.getLast()).as("relay released").isEqualTo(DigitalState.HIGH);
        assertThat(status.light().lit()).isFalse();
        assertThat(status.cloud().state()).isEqualTo(CloudStatus.State.OFFLINE);
        statusBar.refresh();
        assertThat(statusBar.cloudProperty().get()).isEqualTo("Cloud: offline sinds 18:05");
        assertThat(statusBar.lightProperty().get()).isEqualTo("Licht uit");
        await("broker sees the disconnect")
                .atMost(IO)
                .untilAsserted(() -> assertThat(broker.log()).contains("Client " + THING + " disconnected"));
        try (var reopened = new Reopened(dir.resolve("data"))) {
            assertThat(alarmAudit(reopened.audit.latest(20)))
                    .first()
                    .satisfies(a -> assertThat(a.detail()).startsWith("shutdown: light off (was light test (30 s)"));
            var stored = reopened.metricWindows();
            var published = stored.stream().filter(StoredWindow::published).toList();
            assertThat(published).as("windows of 10:00, 17:15 and 17:20").hasSizeGreaterThanOrEqualTo(3);
            assertThat(stored.subList(0, published.size())).isEqualTo(published);
            assertThat(publishedWindows())
                    .extracting(w -> w.get("Sequence").asLong())
                    .containsExactlyElementsOf(
                            published.stream().map(StoredWindow::sequence).toList());
            assertThat(publishedWindows())
                    .extracting(w -> Instant.parse(w.get("WindowStart").asText()))
                    .containsExactlyElementsOf(
                            published.stream().map(StoredWindow::start).toList())
                    .isSorted();
            assertThat(stored.getLast().published())
                    .as("the window cut short by the shutdown waits for the next start")
                    .isFalse();
            assertThat(stored.getLast().start())
                    .isEqualTo(brussels(2026, 12, 9, 18, 5).toInstant());
            assertThat(stored.getLast().values()).contains("\"" + MetricNames.CONFIRMATIONS + "\":1.0");
        }
    }

    private void startInfrastructure() throws Exception {
        web = new LocalWebServer();
        closeAfterwards.add(web);
        var pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        closeAfterwards.add(broker);
        jobs = new FakeJobsService(THING, broker, pki);
        closeAfterwards.add(jobs);
        var cloudWatch = new TestMqttClient(
                "iot-rule", broker, pki, List.of("ghelamco-alert/" + THING + "/metrics"), (topic, payload) -> {
                    try {
                        metricsReceived.add(json.readTree(payload));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        closeAfterwards.add(cloudWatch);
        cloudWatch.awaitSubscribed();
        pki.client(THING, "ca");
    }

    private Path writeKioskYaml() throws Exception {
        var pki = dir.resolve("pki");
        return Files.writeString(dir.resolve("kiosk.yaml"), """
                kiosk:
                  name: Lobby end-to-end
                  dataDirectory: %s
                alarm:
                  relay: { pin: 17, activeLow: true }
                iot:
                  endpoint: localhost
                  port: %d
                  thingName: %s
                  certificate: %s
                  privateKey: %s
                  caCertificate: %s
                  reconnectMinDelay: PT0.1S
                  reconnectMaxDelay: PT0.5S
                  requestTimeout: PT3S
                  shadowInterval: PT0.2S
                """.formatted(
                        dir.resolve("data"),
                        broker.port(),
                        THING,
                        pki.resolve("ca-" + THING + ".pem"),
                        pki.resolve("ca-" + THING + ".key"),
                        pki.resolve("ca.pem")));
    }

    private Path writeFixturesYaml() throws Exception {
        return Files.writeString(dir.resolve("fixtures.yaml"), """
                schedule: { atStart: true, every: PT1H, jitter: PT5M }
                http: { timeout: PT2S, attempts: 2, firstBackoff: PT0.1S }
                sources:
                  - name: club-fixtures
                    type: HTML
                    url: %s
                    zone: Europe/Brussels
                    row: "//table[@class='fixtures']/tbody/tr"
                    fields:
                      id: "./@data-match-id"
                      date: "./td[@class='date']"
                      time: "./td[@class='time']"
                      home: "./td[@class='home']"
                      away: "./td[@class='away']"
                      competition: "./td[@class='competition']"
                      venue: "./td[@class='venue']"
                      status: "./td[@class='status']"
                """.formatted(web.url("/club")));
    }

    private static String page(String kickoff) {
        return FixturePage.of(
                        match("wo 9 dec.", kickoff, "KAA Gent", "Club Brugge", JPL, ARENA),
                        match("za 12 dec.", "18u15", "KRC Genk", "KAA Gent", JPL, "Cegeka Arena"))
                .table();
    }

    /** The relay is energized: the pin is LOW on this active-low board. */
    private boolean lit() {
        return relay.pinLevel() == DigitalState.LOW;
    }

    /** Waits for the alarm engine's tick: the status board shows {@code pattern} and the relay pin follows it. */
    private void awaitLight(String why, LightPattern pattern) {
        await(why)
                .atMost(TICK)
                .until(() ->
                        device.kiosk().status().light().pattern() == pattern && lit() == (pattern != LightPattern.OFF));
    }

    private FakeJobsService.Execution runJob(String jobId, String document) {
        jobs.createJob(jobId, document);
        await("job " + jobId)
                .atMost(IO)
                .until(() -> FINAL.contains(jobs.execution(jobId).status()));
        return jobs.execution(jobId);
    }

    private Event homeMatch() {
        return device.kiosk().events().all().stream()
                .filter(e -> e.title().equals(TITLE))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no home match in " + device.kiosk().events().all()));
    }

    private EventOverview overview() {
        return device.kiosk().queries().event(homeMatch().id()).orElseThrow();
    }

    private List<Alert> alerts() {
        return device.kiosk().alerts().forEvent(homeMatch().id());
    }

    private Alert lightAlert() {
        return alerts().stream()
                .filter(a -> a.kind() == AlertKind.WARNING)
                .findFirst()
                .orElseThrow();
    }

    private JsonNode lastShadow() {
        var reports = jobs.shadowReports();
        return reports.isEmpty() ? json.createObjectNode() : reports.getLast();
    }

    private List<Object> snapshot() {
        var kiosk = device.kiosk();
        return List.of(kiosk.events().all(), alerts(), kiosk.queries().openNotices());
    }

    /** The alarm engine's lines of the audit log, newest first. */
    private static List<AuditEntry> alarmAudit(List<AuditEntry> entries) {
        return entries.stream().filter(a -> a.actor().equals(AlarmEngine.ACTOR)).toList();
    }

    private List<JsonNode> publishedWindows() {
        return metricsReceived.stream().filter(w -> w.has("Sequence")).toList();
    }

    private record StoredWindow(long sequence, Instant start, String values, boolean published) {}

    /** The data directory opened again after the device stopped, as the next start would. */
    private static final class Reopened implements AutoCloseable {
        final Database database;
        final JdbiAuditLog audit;

        Reopened(Path directory) {
            database = Database.open(directory);
            audit = new JdbiAuditLog(database);
        }

        List<StoredWindow> metricWindows() {
            return database.jdbi()
                    .withHandle(h -> h.createQuery(
                                    "SELECT seq, window_start, vals, published FROM metric_windows ORDER BY seq")
                            .map((rs, ctx) -> new StoredWindow(
                                    rs.getLong("seq"),
                                    rs.getObject("window_start", java.time.OffsetDateTime.class)
                                            .toInstant(),
                                    rs.getString("vals"),
                                    rs.getBoolean("published")))
                            .list());
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
