package be.ghelamcoalert.ui.dashboard;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.DurationText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the next deadline as the hero, the upcoming events, and the two big
 * actions. No nodes here; the view binds to these properties.
 */
public final class DashboardViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.forLanguageTag("nl-BE"));

    private final KioskQueries queries;
    private final KioskCommandService commands;
    private final Clock clock;
    private final BackgroundWork work;

    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<EventOverview>> hero = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper heroHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heroCountdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heroDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EventStage> heroStage = new ReadOnlyObjectWrapper<>(EventStage.UPCOMING);
    private final ReadOnlyBooleanWrapper canAct = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean running;

    public DashboardViewModel(KioskQueries queries, KioskCommandService commands, Clock clock, BackgroundWork work) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.work = work;
    }

    public void start() {
        running = true;
        refresh();
    }

    public void stop() {
        running = false;
    }

    /** Reloads the events in the background; called on start and whenever the core reports a change. */
    public void refresh() {
        if (!running) {
            return;
        }
        work.submit(queries::upcoming, this::show, e -> message.set("Could not load events: " + e.getMessage()));
    }

    /** Called every second by the view: updates countdowns, reloads when a stage boundary passes. */
    public void tick() {
        var now = clock.instant();
        hero.get().ifPresent(o -> setIfChanged(heroCountdown, countdownText(o, now)));
        rows.forEach(row -> row.setCountdown(countdownText(row.overview(), now)));
        if (stageBoundaryPassed(now)) {
            refresh();
        }
    }

    public void snooze(Duration duration) {
        hero.get().ifPresent(o -> send(new SnoozeEvent(o.event().id(), duration)));
    }

    public void confirmClear() {
        hero.get().ifPresent(o -> send(new ConfirmClear(o.event().id())));
    }

    private void send(KioskCommand command) {
        work.submit(() -> commands.execute(command, Actor.touchScreen()), outcome -> message.set(outcome.summary()),
                e -> message.set(e.getMessage()));
    }

    private void show(List<EventOverview> overviews) {
        var now = clock.instant();
        var next = overviews.stream()
                .filter(o -> o.stage() != EventStage.FINISHED && o.stage() != EventStage.CALLED_OFF)
                .findFirst();
        hero.set(next);
        heroStage.set(next.map(EventOverview::stage).orElse(EventStage.UPCOMING));
        heroHeadline.set(next.map(o -> "Parking leeg om " + TIME.format(o.deadline().clearBy())
                + (o.deadline().provisional() ? " (voorlopig)" : "")).orElse("Geen evenementen gepland"));
        heroDetail.set(next.map(DashboardViewModel::detailOf).orElse(""));
        heroCountdown.set(next.map(o -> countdownText(o, now)).orElse(""));
        canAct.set(next.map(o -> o.stage() == EventStage.LIGHT_ON || o.stage() == EventStage.OVERDUE
                || o.stage() == EventStage.TODAY).orElse(false));
        rows.setAll(overviews.stream().map(EventRow::new).toList());
        rows.forEach(row -> row.setCountdown(countdownText(row.overview(), now)));
    }

    private boolean stageBoundaryPassed(Instant now) {
        return hero.get().map(o -> o.alerts().stream().anyMatch(a -> a.alert().stateAt(now) != a.state())
                || !now.isBefore(o.deadline().clearByInstant()) && o.stage() != EventStage.OVERDUE
                        && o.stage() != EventStage.CLEARED)
                .orElse(false);
    }

    static String detailOf(EventOverview o) {
        var kickoff = o.deadline().provisional()
                ? "aftrap: uur nog niet bekend"
                : "aftrap " + TIME.format(o.deadline().kickoff());
        return o.event().title() + " — " + DAY.format(o.deadline().kickoff()) + ", " + kickoff;
    }

    static String countdownText(EventOverview o, Instant now) {
        var left = o.deadline().remainingAt(now);
        return left.isNegative() ? "te laat: " + DurationText.of(left.negated()) : "nog " + DurationText.of(left);
    }

    private static void setIfChanged(ReadOnlyStringWrapper property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    public ObservableList<EventRow> rows() {
        return rows;
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

    public ReadOnlyObjectProperty<EventStage> heroStageProperty() {
        return heroStage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canActProperty() {
        return canAct.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
