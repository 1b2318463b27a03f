package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.DismissNotice;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the next deadline as the hero, the notices, the upcoming events and the
 * two big actions. No nodes here; the view binds to these properties.
 */
public final class DashboardViewModel {
    /** Snooze choices on the hero; the core caps each at the deadline. */
    public static final List<Duration> SNOOZES =
            List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));

    private static final Set<EventStage> NEEDS_ACTION =
            EnumSet.of(EventStage.UPCOMING, EventStage.TODAY, EventStage.LIGHT_ON, EventStage.OVERDUE);
    private static final Set<EventStage> MAY_CONFIRM =
            EnumSet.of(EventStage.TODAY, EventStage.LIGHT_ON, EventStage.OVERDUE);

    /** What the dashboard shows at one moment, loaded together off the UI thread. */
    public record Snapshot(List<EventOverview> events, List<Notice> notices) {
        public Snapshot {
            events = List.copyOf(events);
            notices = List.copyOf(notices);
        }

        /** Reads it now; never on the UI thread. */
        public static Snapshot load(KioskQueries queries) {
            return new Snapshot(queries.upcoming(), queries.openNotices());
        }
    }

    private final KioskQueries queries;
    private final CommandRunner commands;
    private final Clock clock;
    private final BackgroundWork work;
    private final Feedback feedback;
    private final EventTexts words;

    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<EventOverview>> hero = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper heroHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heroCountdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heroDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heroStageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EventStage> heroStage = new ReadOnlyObjectWrapper<>(EventStage.UPCOMING);
    private final ReadOnlyBooleanWrapper canSnooze = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper alertActive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper shown = new ReadOnlyLongWrapper(0);
    private Snapshot last = new Snapshot(List.of(), List.of());
    /** When something on the dashboard turns by time alone (an alert, a deadline, a kickoff): reloaded then. */
    private Instant nextTurn = Instant.MAX;
    /** The day the hero's words were made for ("today" or a named day). */
    private LocalDate shownOn = LocalDate.MIN;

    private volatile boolean running;

    public DashboardViewModel(
            KioskQueries queries, CommandRunner commands, Clock clock, BackgroundWork work, Feedback feedback) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.work = work;
        this.feedback = feedback;
        this.words = new EventTexts(commands.texts());
        commands.texts().localeProperty().addListener((obs, old, now) -> show(last));
    }

    public void start() {
        running = true;
        refresh();
    }

    /**
     * Starts with data loaded before the screen was built, so the first frame shows it, and reads
     * again behind it in case something changed in between.
     */
    public void start(Snapshot preloaded) {
        show(preloaded);
        start();
    }

    public void stop() {
        running = false;
    }

    /** Reloads in the background; called on start and whenever the core reports a change. */
    public void refresh() {
        if (!running) {
            return;
        }
        work.submit(
                () -> Snapshot.load(queries),
                this::showIfChanged,
                e -> feedback.error(words.texts().get("feedback.loadFailed", e.getMessage())));
    }

    /** Every second: countdowns that changed, and a reload when an alert, a deadline or a kickoff turns. */
    public void tick() {
        var now = clock.instant();
        hero.get().ifPresent(o -> set(heroCountdown, words.countdown(o, now)));
        rows.forEach(row -> row.setCountdown(words.countdownToMinute(row.overview(), now)));
        if (!now.isBefore(nextTurn)) {
            refresh();
        }
    }

    public void snooze(Duration duration) {
        hero.get().ifPresent(o -> commands.run(() -> new SnoozeEvent(o.event().id(), duration), outcome -> refresh()));
    }

    /**
     * Confirms the car park clear for {@code event}: the one the person was asked about, even if
     * the hero has moved on to another event while the question was open.
     */
    public void confirmClear(EventId event) {
        commands.run(() -> new ConfirmClear(event), outcome -> refresh());
    }

    public void dismiss(Notice notice) {
        commands.run(() -> new DismissNotice(notice.id()), outcome -> refresh());
    }

    /**
     * Shows a reloaded snapshot when anything on it differs; a snapshot that differs only in the
     * moment it was read (each overview carries it) changes no node.
     */
    private void showIfChanged(Snapshot snapshot) {
        if (!loaded.get() || !content(snapshot).equals(content(last)) || !today().equals(shownOn)) {
            show(snapshot);
        } else {
            last = snapshot;
            nextTurn = nextTurn(snapshot, clock.instant());
        }
    }

    private static List<Object> content(Snapshot snapshot) {
        return List.of(
                snapshot.notices(),
                snapshot.events().stream()
                        .map(o -> List.of(o.event(), o.deadline(), o.alerts(), o.stage()))
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), words.texts().zone());
    }

    void show(Snapshot snapshot) {
        last = snapshot;
        shownOn = today();
        var now = clock.instant();
        nextTurn = nextTurn(snapshot, now);
        var texts = words.texts();
        var next = snapshot.events().stream()
                .filter(o -> NEEDS_ACTION.contains(o.stage()))
                .findFirst()
                .or(() -> snapshot.events().stream()
                        .filter(o -> o.stage() == EventStage.CLEARED)
                        .findFirst());
        hero.set(next);
        heroStage.set(next.map(EventOverview::stage).orElse(EventStage.UPCOMING));
        heroStageText.set(next.map(this::stageWords).orElse(""));
        heroHeadline.set(next.map(o -> headline(o, now)).orElseGet(() -> texts.get("hero.nothing")));
        // The title may wrap anywhere; the day and the kickoff each stay whole.
        heroDetail.set(next.map(o -> o.event().title()
                        + EventRow.DETAIL_SEPARATOR
                        + DashboardView.keptTogether(
                                texts.day(o.deadline().kickoff()) + EventRow.DETAIL_SEPARATOR + words.kickoff(o)))
                .orElseGet(() -> texts.get("hero.nothingDetail")));
        heroCountdown.set(next.map(o -> words.countdown(o, now)).orElse(""));
        canSnooze.set(next.map(o -> o.alerts().stream().anyMatch(a -> a.state() == AlertState.ACTIVE)
                        && now.isBefore(o.deadline().clearByInstant()))
                .orElse(false));
        canConfirm.set(next.map(o -> MAY_CONFIRM.contains(o.stage())).orElse(false));
        alertActive.set(snapshot.events().stream().anyMatch(DashboardViewModel::lightAlertActive));
        loaded.set(true);
        rows.setAll(snapshot.events().stream().map(o -> row(o, now)).toList());
        notices.setAll(snapshot.notices());
        shown.set(shown.get() + 1);
    }

    /**
     * Until when the dashboard shows what it shows now, apart from its countdowns: its next turn
     * by time alone, at the latest the end of the day ("today" and the named days move on then).
     */
    public Instant unchangedUntil() {
        if (!loaded.get()) {
            return clock.instant();
        }
        var endOfDay = shownOn.plusDays(1).atStartOfDay(words.texts().zone()).toInstant();
        return nextTurn.isBefore(endOfDay) ? nextTurn : endOfDay;
    }

    /**
     * The hero's stage in words; in the light stage it says when the light is off for now: the
     * event is muted, or its light alert is snoozed (until when).
     */
    private String stageWords(EventOverview o) {
        var texts = words.texts();
        if (lightOffForNow(o) && o.event().muted()) {
            return texts.get("stage.muted");
        }
        if (lightOffForNow(o)) {
            var until = o.alerts().stream()
                    .filter(a -> a.state() == AlertState.SNOOZED)
                    .map(a -> a.alert().snoozedUntil())
                    .flatMap(Optional::stream)
                    .min(Instant::compareTo);
            if (until.isPresent()) {
                return texts.get("stage.snoozed", texts.time(until.get()));
            }
        }
        return words.stage(o.stage());
    }

    /** The row's stage chip, with the same exceptions as the hero's words. */
    private String shortStageWords(EventOverview o) {
        if (lightOffForNow(o)) {
            return words.texts().get(o.event().muted() ? "stageShort.muted" : "stageShort.snoozed");
        }
        return words.stageShort(o.stage());
    }

    /** In the light stage (or after it, when muted) but the light is off: the event is muted or its light alert snoozed. */
    private static boolean lightOffForNow(EventOverview o) {
        if (o.event().muted()) {
            return o.stage() == EventStage.TODAY || o.stage() == EventStage.LIGHT_ON || o.stage() == EventStage.OVERDUE;
        }
        return o.stage() == EventStage.LIGHT_ON
                && o.alerts().stream()
                        .noneMatch(a -> a.state() == AlertState.ACTIVE
                                && a.alert().kind().lightsRelay())
                && o.alerts().stream().anyMatch(a -> a.state() == AlertState.SNOOZED);
    }

    /** "Parking leeg om 17:45", with the day when it is not today, or "moest leeg zijn" when late. */
    private String headline(EventOverview o, Instant now) {
        var texts = words.texts();
        var clearBy = o.deadline().clearBy();
        var at = texts.time(clearBy);
        var today = now.atZone(texts.zone())
                .toLocalDate()
                .equals(clearBy.withZoneSameInstant(texts.zone()).toLocalDate());
        String key;
        if (o.stage() == EventStage.CLEARED) {
            key = "hero.cleared";
        } else if (!now.isBefore(o.deadline().clearByInstant())) {
            key = "hero.overdue";
        } else {
            key = today ? "hero.clearByToday" : "hero.clearByDay";
        }
        var text = texts.get(key, at, texts.day(clearBy));
        return o.deadline().provisional() ? text + " " + texts.get("hero.provisional") : text;
    }

    private EventRow row(EventOverview o, Instant now) {
        var texts = words.texts();
        var details = new StringBuilder();
        o.event().competition().ifPresent(c -> details.append(c).append(EventRow.DETAIL_SEPARATOR));
        details.append(words.kickoff(o)).append(EventRow.DETAIL_SEPARATOR).append(words.deadline(o));
        if (o.event().muted()) {
            details.append(EventRow.DETAIL_SEPARATOR).append(texts.get("event.muted"));
        }
        var row = new EventRow(
                o,
                texts.day(o.deadline().kickoff()),
                o.event().title(),
                details.toString(),
                shortStageWords(o),
                words.chips(o));
        row.setCountdown(words.countdownToMinute(o, now));
        return row;
    }

    /** An active alert that lights the relay; a day-before notice alone lets the screen rest at night. */
    static boolean lightAlertActive(EventOverview o) {
        return o.alerts().stream()
                .anyMatch(a -> a.state() == AlertState.ACTIVE
                        && a.alert().kind().lightsRelay()
                        && !o.event().muted());
    }

    /**
     * The first moment after {@code now} at which the snapshot turns by time alone: an event's
     * own next turn (an alert due, a snooze over, the deadline's day, the deadline, the kickoff)
     * or a row leaving the list after its kickoff.
     */
    private static Instant nextTurn(Snapshot snapshot, Instant now) {
        var turns = new java.util.ArrayList<Instant>();
        for (var o : snapshot.events()) {
            o.nextTurn().ifPresent(turns::add);
            turns.add(o.deadline().kickoffInstant().plus(KioskQueries.KEEP_AFTER_KICKOFF));
        }
        return turns.stream().filter(now::isBefore).min(Instant::compareTo).orElse(Instant.MAX);
    }

    private static void set(ReadOnlyStringWrapper property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    public ObservableList<EventRow> rows() {
        return rows;
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    public ReadOnlyObjectProperty<Optional<EventOverview>> heroProperty() {
        return hero.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heroHeadlineProperty() {
        return heroHeadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heroCountdownProperty() {
        return heroCountdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heroDetailProperty() {
        return heroDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heroStageTextProperty() {
        return heroStageText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventStage> heroStageProperty() {
        return heroStage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSnoozeProperty() {
        return canSnooze.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    /** True while an alert that lights the relay is active: the screen must not rest. */
    public ReadOnlyBooleanProperty alertActiveProperty() {
        return alertActive.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Counts the times new content was put on the dashboard (its countdowns do not count). */
    public ReadOnlyLongProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
