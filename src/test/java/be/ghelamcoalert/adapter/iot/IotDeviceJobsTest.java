package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ghelamcoalert.adapter.iot.testing.DeviceUnderTest;
import be.ghelamcoalert.adapter.iot.testing.FakeJobsService;
import be.ghelamcoalert.adapter.iot.testing.MutableClock;
import be.ghelamcoalert.adapter.iot.testing.TestCertificates;
import be.ghelamcoalert.adapter.iot.testing.TlsBroker;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote commands end to end: the Jobs service double → real TLS Mosquitto → device → H2. */
class IotDeviceJobsTest {
    static final String THING = "lobby-test";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    TestCertificates pki;
    TlsBroker broker;
    FakeJobsService service;
    DeviceUnderTest kiosk;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("pki"));
        Files.createDirectories(dir.resolve("broker"));
        pki = TestCertificates.create(dir.resolve("pki"));
        broker = TlsBroker.start(dir.resolve("broker"), pki);
        service = new FakeJobsService(THING, broker, pki);
        kiosk = new DeviceUnderTest(dir.resolve("data"), new MutableClock(NOW, DeviceUnderTest.ZONE));
        kiosk.connect(DeviceUnderTest.settings(THING, broker, pki.client(THING, "ca"), pki));
        await().atMost(WAIT).until(() -> kiosk.status.cloud().state() == CloudStatus.State.ONLINE);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsACustomEventAndReportsSucceeded() {
        service.createJob("create-1", """
                {"version": 1, "operation": "create-event", "id": "concert", "title": "Kerstconcert",
                 "start": "%s", "end": "%s"}""".formatted(local(Duration.ofDays(2)), local(Duration.ofDays(2).plusHours(3))));

        awaitFinal("create-1");

        assertThat(service.execution("create-1").status()).isEqualTo("SUCCEEDED");
        assertThat(service.execution("create-1").detail("summary")).get().asString().contains("created Kerstconcert");
        assertThat(kiosk.events.find(new EventId("concert"))).get().satisfies(e -> assertThat(e.title()).isEqualTo("Kerstconcert"));
        assertThat(kiosk.ledger.latest(10)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobRecord.Outcome.SUCCEEDED);
            assertThat(r.operation()).isEqualTo("create-event");
        });
        assertThat(kiosk.audit.latest(5)).anySatisfy(a -> assertThat(a.actor().toString()).isEqualTo("remote_job:create-1"));
    }

    private void awaitFinal(String jobId) {
        await().atMost(WAIT).until(() -> service.execution(jobId) != null
                && java.util.List.of("SUCCEEDED", "REJECTED", "FAILED").contains(service.execution(jobId).status()));
    }

    static String local(Duration fromNow) {
        return OffsetDateTime.ofInstant(NOW.plus(fromNow), ZoneOffset.ofHours(1)).toString();
    }
}
