package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;

import be.ghelamcoalert.app.Kiosk;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.config.UiSettings;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.testing.TestEvents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A real kiosk for screen tests: H2 in a temporary directory, the core services, a clock the test
 * moves, and one home match (Club Brugge, Saturday 28 November 2026, kickoff 20:45, car park
 * empty by 17:45, light from 16:45). The clock starts at 17:00 that day: the light stage.
 */
public final class UiTestKiosk implements AutoCloseable {
    public static final EventId BRUGGE = new EventId("brugge");
    public static final LocalDate MATCH_DAY = LocalDate.of(2026, 11, 28);
    /** The admin PIN set for the test kiosk (the documented default opens nothing outside the demo). */
    public static final String ADMIN_PIN = "1357";

    public final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 17, 0));
    public final Kiosk kiosk;

    public UiTestKiosk(Path dataDir) {
        this(dataDir, new UiSettings(null, null, null, ADMIN_PIN, null, null, null));
    }

    /** With these screen settings, e.g. the documented default PIN. */
    public UiTestKiosk(Path dataDir, UiSettings ui) {
        kiosk = Kiosk.open(KioskConfig.defaults().withUi(ui), clock, dataDir);
        store(TestEvents.homeMatch("brugge", MATCH_DAY, LocalTime.of(20, 45)));
    }

    public void store(Event event) {
        kiosk.database().run(() -> kiosk.planning().store(event, Actor.system("test"), "create-event", "test"));
    }

    public KioskUiContext context(String language) {
        return context(language, JobHistory.none(), KioskUiContext.noMetrics());
    }

    public KioskUiContext context(String language, JobHistory jobs, MetricsHistory metrics) {
        return context(language, false, jobs, metrics);
    }

    /** As in demo mode: the status bar carries the DEMO badge. */
    public KioskUiContext demoContext(String language) {
        return context(language, true, JobHistory.none(), KioskUiContext.noMetrics());
    }

    private KioskUiContext context(String language, boolean demo, JobHistory jobs, MetricsHistory metrics) {
        var config = kiosk.config();
        return new KioskUiContext(
                "Test kiosk",
                demo,
                config.ui(),
                language,
                clock,
                config.deadlines().zone(),
                kiosk.queries(),
                kiosk.commands(),
                kiosk.changes(),
                kiosk.status(),
                jobs,
                metrics,
                kiosk.adminPin(demo));
    }

    public Alert alert(EventId event, AlertKind kind) {
        return kiosk.alerts().forEvent(event).stream()
                .filter(a -> a.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    public Optional<Event> event(EventId id) {
        return kiosk.events().find(id);
    }

    @Override
    public void close() {
        kiosk.close();
    }
}
