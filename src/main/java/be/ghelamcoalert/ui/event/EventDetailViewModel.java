package be.ghelamcoalert.ui.event;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.core.model.command.AddAlert;
import be.ghelamcoalert.core.model.command.DeleteCustomEvent;
import be.ghelamcoalert.core.model.command.MuteEvent;
import be.ghelamcoalert.core.model.command.RemoveAlert;
import be.ghelamcoalert.core.model.command.RetimeAlert;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.dashboard.EventTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
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
 * One event with its alerts: move, add or remove an alert, mute the event, delete a custom
 * event. Every change goes through the core's command service. While shown it follows time: it
 * reads the event again once an alert or the stage has turned (see {@link #tick()}).
 */
public final class EventDetailViewModel {
    private static final EnumSet<AlertState> EDITABLE =
            EnumSet.of(AlertState.SCHEDULED, AlertState.ACTIVE, AlertState.SNOOZED);
    /** How long a reload asked for by the tick may take before the tick asks again. */
    static final Duration RELOAD_RETRY = Duration.ofSeconds(30);

    private final KioskQueries queries;
    private final CommandRunner commands;
    private final Clock clock;
    private final BackgroundWork work;
    private final Feedback feedback;
    private final EventTexts words;

    private final ReadOnlyObjectWrapper<Optional<EventOverview>> event = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<AlertItem> alerts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EventStage> stage = new ReadOnlyObjectWrapper<>(EventStage.UPCOMING);
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(false);
    private Optional<EventId> shown = Optional.empty();
    /** When time alone turns what is shown (an alert falls due, the deadline passes): read again then. */
    private Instant reloadAt = Instant.MAX;

    private Runnable onGone = () -> {};

    public EventDetailViewModel(
            KioskQueries queries, CommandRunner commands, Clock clock, BackgroundWork work, Feedback feedback) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.work = work;
        this.feedback = feedback;
        this.words = new EventTexts(commands.texts());
        commands.texts()
                .localeProperty()
                .addListener((obs, old, now) -> event.get().ifPresent(this::show));
    }

    /** What to do when the event is deleted or no longer exists (go back to the dashboard). */
    public void onGone(Runnable action) {
        this.onGone = action;
    }

    public void open(EventId id) {
        shown = Optional.of(id);
        reloadAt = Instant.MAX;
        refresh();
    }

    public void close() {
        shown = Optional.empty();
        reloadAt = Instant.MAX;
    }

    /**
     * Every second: reads the event again once the next moment at which an alert's state or the
     * event's stage can change has passed. Between those moments a tick only compares two instants.
     */
    public void tick() {
        var now = clock.instant();
        if (shown.isPresent() && !now.isBefore(reloadAt)) {
            reloadAt = now.plus(RELOAD_RETRY);
            refresh();
        }
    }

    public void refresh() {
        shown.ifPresent(id -> work.submit(
                () -> queries.event(id),
                found -> {
                    if (!shown.equals(Optional.of(id))) {
                        return;
                    }
                    found.ifPresentOrElse(this::show, () -> {
                        shown = Optional.empty();
                        onGone.run();
                    });
                },
                e -> feedback.error(words.texts().get("feedback.loadFailed", e.getMessage()))));
    }

    void show(EventOverview o) {
        var texts = words.texts();
        event.set(Optional.of(o));
        reloadAt = o.nextTurn().orElse(Instant.MAX);
        title.set(o.event().title());
        summary.set(texts.day(o.deadline().kickoff()) + "  ·  " + words.kickoff(o) + "  ·  " + words.deadline(o)
                + o.event().competition().map(c -> "  ·  " + c).orElse(""));
        stage.set(o.stage());
        stageText.set(words.stageShort(o.stage()));
        muted.set(o.event().muted());
        custom.set(o.event().isCustom());
        alerts.setAll(o.alerts().stream()
                .map(a -> new AlertItem(
                        a.alert().id(),
                        words.alertKind(a.alert().kind()),
                        texts.dayAndTime(a.alert().dueAt()),
                        words.alertState(a.state()),
                        a.state(),
                        a.alert().dueAt(),
                        a.alert().isManual(),
                        EDITABLE.contains(a.state())))
                .toList());
    }

    public void retime(AlertId alert, ZonedDateTime dueAt) {
        commands.run(() -> new RetimeAlert(alert, dueAt.toInstant()), outcome -> refresh());
    }

    public void addAlert(AlertKind kind, ZonedDateTime dueAt) {
        event.get()
                .ifPresent(o -> commands.run(
                        () -> new AddAlert(
                                o.event().id(), AlertId.newManual(o.event().id()), kind, dueAt.toInstant()),
                        outcome -> refresh()));
    }

    public void removeAlert(AlertId alert) {
        commands.run(() -> new RemoveAlert(alert), outcome -> refresh());
    }

    public void toggleMute() {
        event.get()
                .ifPresent(o -> commands.run(
                        () -> new MuteEvent(o.event().id(), !o.event().muted()), outcome -> refresh()));
    }

    /** Deletes the custom event; the caller has checked the admin PIN. */
    public void delete() {
        event.get()
                .ifPresent(
                        o -> commands.run(() -> new DeleteCustomEvent(o.event().id()), outcome -> {
                            shown = Optional.empty();
                            onGone.run();
                        }));
    }

    /** Where a new alert starts in the picker: 30 minutes before the deadline, or soon if that passed. */
    public ZonedDateTime suggestedNewAlertTime(Instant now) {
        return event.get()
                .map(o -> {
                    var at = o.deadline().clearBy().minus(Duration.ofMinutes(30));
                    return at.toInstant().isAfter(now)
                            ? at
                            : now.plus(Duration.ofMinutes(5))
                                    .atZone(o.deadline().clearBy().getZone());
                })
                .orElseGet(() -> now.atZone(words.texts().zone()));
    }

    public ReadOnlyObjectProperty<Optional<EventOverview>> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public ObservableList<AlertItem> alerts() {
        return alerts;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty customProperty() {
        return custom.getReadOnlyProperty();
    }
}
