package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.fixtures.FixtureSources;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.config.FixtureSourceConfig;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.service.FixtureImportReport;
import be.ghelamcoalert.core.service.FixtureImportService;
import be.ghelamcoalert.testing.LocalWebServer;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestSources;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole kiosk (real H2 file) importing from real HTTP sources on 127.0.0.1: the setting of the
 * fixture import's end-to-end tests.
 */
final class FixtureImportHarness implements AutoCloseable {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    final MutableClock clock;
    final LocalWebServer server = new LocalWebServer();
    final List<Duration> pauses = new ArrayList<>();
    final Map<String, Double> metrics = new ConcurrentHashMap<>();
    final Kiosk kiosk;
    final SourceWebClient web;
    final FixtureImportService service;

    /** A kiosk with a "club" fixtures table at /club and, when {@code withCalendar}, an "arena" .ics. */
    FixtureImportHarness(Path dataDirectory, MutableClock clock, boolean withCalendar) {
        this(dataDirectory, clock, sourcesFor(withCalendar));
    }

    FixtureImportHarness(Path dataDirectory, MutableClock clock, List<String> sourceSpecs) {
        this.clock = clock;
        this.kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDirectory);
        this.web = new SourceWebClient(TestSources.fastHttp(), pauses::add);
        var sources = new ArrayList<FixtureSourceConfig>();
        for (var spec : sourceSpecs) {
            var parts = spec.split(":", 2);
            var path = parts[1];
            sources.add(
                    path.endsWith(".ics")
                            ? TestSources.ical(parts[0], server.url(path))
                            : TestSources.table(parts[0], server.url(path)));
        }
        var config = new FixtureConfig(null, null, TestSources.fastHttp(), null, sources);
        this.service = FixtureWiring.service(
                kiosk,
                config,
                FixtureSources.of(config, web, clock, BRUSSELS),
                (metric, amount) -> metrics.merge(metric, amount, Double::sum));
        kiosk.commands().useFixtureRefresh(service);
    }

    private static List<String> sourcesFor(boolean withCalendar) {
        return withCalendar ? List.of("club:/club", "arena:/arena.ics") : List.of("club:/club");
    }

    FixtureImportReport importNow() {
        return service.run(Actor.system("test"));
    }

    List<Event> events() {
        return kiosk.events().all();
    }

    Event event(String titlePart) {
        return events().stream()
                .filter(e -> e.title().contains(titlePart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event with '" + titlePart + "' in " + events()));
    }

    List<Alert> alerts(Event event) {
        return kiosk.alerts().forEvent(event.id());
    }

    List<Notice> notices() {
        return kiosk.notices().unseen();
    }

    List<AuditEntry> audit() {
        return kiosk.audit().latest(100);
    }

    double metric(String name) {
        return metrics.getOrDefault(name, 0.0);
    }

    @Override
    public void close() {
        web.close();
        kiosk.close();
        server.close();
    }
}
