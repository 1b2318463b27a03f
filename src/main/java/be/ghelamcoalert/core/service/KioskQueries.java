package be.ghelamcoalert.core.service;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.NoticeRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the screens, the shadow and the operator see: read-only views at the clock's instant. */
public final class KioskQueries {
    /** A finished event stays on screen this long after kickoff. */
    /** How long an event stays in the upcoming list after its kickoff. */
    public static final Duration KEEP_AFTER_KICKOFF = Duration.ofHours(2);

    private final Clock clock;
    private final EventRepository events;
    private final AlertRepository alerts;
    private final NoticeRepository notices;
    private final AuditLog audit;
    private final AlertPlanner planner;
    private final DeviceSettingsService settings;

    public KioskQueries(
            Clock clock,
            EventRepository events,
            AlertRepository alerts,
            NoticeRepository notices,
            AuditLog audit,
            AlertPlanner planner,
            DeviceSettingsService settings) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.alerts = alerts;
        this.notices = notices;
        this.audit = audit;
        this.planner = planner;
    }

    /** The settings in force: kiosk.yaml's, overridden by the choices made on the admin screen. */
    public DeviceSettings settings() {
        return settings.current();
    }

    /** What the admin screen shows about the device: name, version, data directory, cloud, relay pin. */
    public DeviceFacts deviceFacts() {
        return settings.facts();
    }

    public Clock clock() {
        return clock;
    }

    /** Events whose kickoff is ahead or just behind us, the most urgent deadline first. */
    public List<EventOverview> upcoming() {
        var now = clock.instant();
        var zone = planner.deadlines().zone();
        var from = now.minus(KEEP_AFTER_KICKOFF).atZone(zone).toLocalDate().minusDays(1);
        return events.startingFrom(from).stream()
                .map(event -> EventOverview.of(
                        event, planner.deadlines().deadlineOf(event), alerts.forEvent(event.id()), now))
                .filter(o ->
                        o.deadline().kickoffInstant().plus(KEEP_AFTER_KICKOFF).isAfter(now))
                .sorted(Comparator.comparing((EventOverview o) -> o.deadline().clearByInstant()))
                .toList();
    }

    public Optional<EventOverview> event(EventId id) {
        var now = clock.instant();
        return events.find(id)
                .map(event -> EventOverview.of(event, planner.deadlines().deadlineOf(event), alerts.forEvent(id), now));
    }

    /** The event an alert belongs to. */
    public Optional<EventOverview> eventOf(AlertId alertId) {
        return alerts.find(alertId).flatMap(alert -> event(alert.eventId()));
    }

    public List<Notice> openNotices() {
        return notices.unseen();
    }

    public List<AuditEntry> recentActions(int limit) {
        return audit.latest(limit);
    }
}
