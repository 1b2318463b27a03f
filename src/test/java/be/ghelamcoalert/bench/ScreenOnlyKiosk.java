package be.ghelamcoalert.bench;

import be.ghelamcoalert.app.DemoData;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.Alert;
import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.port.AlertRepository;
import be.ghelamcoalert.core.port.AuditLog;
import be.ghelamcoalert.core.port.EventRepository;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.port.NoticeRepository;
import be.ghelamcoalert.core.port.PinLockoutStore;
import be.ghelamcoalert.core.port.SettingsRepository;
import be.ghelamcoalert.core.port.Transactor;
import be.ghelamcoalert.core.service.AdminPin;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.DeviceSettingsService;
import be.ghelamcoalert.core.service.EventPlanning;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.ui.KioskUiContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kiosk's screen on data that is already in memory: the core services over maps holding the
 * demo events with their planned alerts, and the default configuration (no YAML file, no H2, no
 * JDBI). {@code UiStartupBenchmark} starts the screen on it to show what the screen alone costs
 * on the way to its first frame, whatever the store and the configuration cost.
 */
final class ScreenOnlyKiosk {
    private ScreenOnlyKiosk() {}

    static KioskUiContext context() {
        var config = KioskConfig.defaults();
        var clock = Clock.system(config.deadlines().zone());
        var planner =
                new AlertPlanner(config.deadlines().policy(), config.alerts().policy());
        var events = new Events();
        var alerts = new Alerts();
        var notices = new Notices();
        var audit = new Audit();
        Transactor inPlace = new Transactor() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        var changes = new ChangeFeed();
        var planning = new EventPlanning(clock, events, alerts, audit, planner);
        DemoData.events(clock, planner.deadlines())
                .forEach(e -> planning.store(e, Actor.system("bench"), "create-event", "bench"));
        var settings = new DeviceSettingsService(
                new DeviceSettings(
                        Language.of(config.kiosk().language()),
                        config.ui().nightMode().schedule()),
                new DeviceFacts(
                        config.kiosk().name(),
                        "bench",
                        "(in memory)",
                        Optional.empty(),
                        config.alarm().relay().pin()),
                new Settings());
        var commands = new KioskCommandService(
                clock, inPlace, events, alerts, notices, audit, planning, changes, settings, MetricsRecorder.none());
        var queries = new KioskQueries(clock, events, alerts, notices, audit, planner, settings);
        return new KioskUiContext(
                config.kiosk().name(),
                false,
                config.ui().windowed(),
                config.kiosk().language(),
                clock,
                config.deadlines().zone(),
                queries,
                commands,
                changes,
                new StatusBoard(clock, changes),
                JobHistory.none(),
                KioskUiContext.noMetrics(),
                new AdminPin(Optional.empty(), new Lockout(), audit, inPlace, clock));
    }

    /** Records by their id, in the order they were first saved. */
    private static class Keyed<K, V> {
        private final Map<K, V> byId = new LinkedHashMap<>();
        private final java.util.function.Function<V, K> idOf;

        Keyed(java.util.function.Function<V, K> idOf) {
            this.idOf = idOf;
        }

        public synchronized Optional<V> find(K id) {
            return Optional.ofNullable(byId.get(id));
        }

        public synchronized void save(V value) {
            byId.put(idOf.apply(value), value);
        }

        public synchronized void delete(K id) {
            byId.remove(id);
        }

        synchronized List<V> where(java.util.function.Predicate<V> filter) {
            return byId.values().stream().filter(filter).toList();
        }
    }

    private static final class Events extends Keyed<EventId, Event> implements EventRepository {
        Events() {
            super(Event::id);
        }

        @Override
        public List<Event> startingFrom(LocalDate from) {
            return where(e -> !e.start().date().isBefore(from));
        }

        @Override
        public List<Event> all() {
            return where(e -> true);
        }
    }

    private static final class Alerts extends Keyed<AlertId, Alert> implements AlertRepository {
        Alerts() {
            super(Alert::id);
        }

        @Override
        public List<Alert> forEvent(EventId eventId) {
            return where(a -> a.eventId().equals(eventId)).stream()
                    .sorted(Comparator.comparing(Alert::dueAt))
                    .toList();
        }

        @Override
        public List<Alert> endingAfter(Instant instant) {
            return where(a -> a.endsAt().isAfter(instant));
        }

        @Override
        public synchronized void replaceForEvent(EventId eventId, List<Alert> alerts) {
            forEvent(eventId).forEach(a -> delete(a.id()));
            alerts.forEach(this::save);
        }
    }

    private static final class Notices implements NoticeRepository {
        private final List<Notice> notices = new ArrayList<>();

        @Override
        public synchronized long add(Optional<EventId> eventId, String text, Optional<ReasonCode> code, Instant at) {
            long id = notices.size() + 1L;
            notices.add(new Notice(id, eventId, text, code, at, Optional.empty()));
            return id;
        }

        @Override
        public synchronized List<Notice> unseen() {
            return notices.stream().filter(n -> n.seenAt().isEmpty()).toList();
        }

        @Override
        public synchronized boolean markSeen(long id, Instant at) {
            for (int i = 0; i < notices.size(); i++) {
                var notice = notices.get(i);
                if (notice.id() == id && notice.seenAt().isEmpty()) {
                    notices.set(
                            i,
                            new Notice(
                                    id,
                                    notice.eventId(),
                                    notice.text(),
                                    notice.code(),
                                    notice.createdAt(),
                                    Optional.of(at)));
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Audit implements AuditLog {
        private final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public synchronized void append(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public synchronized List<AuditEntry> latest(int limit) {
            return entries.reversed().stream().limit(limit).toList();
        }
    }

    private static final class Settings implements SettingsRepository {
        private SettingsOverrides stored = SettingsOverrides.none();

        @Override
        public synchronized SettingsOverrides load() {
            return stored;
        }

        @Override
        public synchronized void save(SettingsOverrides overrides, Instant at) {
            stored = overrides;
        }
    }

    /** The PIN's lockout in memory. */
    private static final class Lockout implements PinLockoutStore {
        private PinLockout kept = PinLockout.none();

        @Override
        public PinLockout load() {
            return kept;
        }

        @Override
        public void save(PinLockout lockout) {
            kept = lockout;
        }
    }
}
