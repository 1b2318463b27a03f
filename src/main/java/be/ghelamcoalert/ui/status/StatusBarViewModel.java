package be.ghelamcoalert.ui.status;

import be.ghelamcoalert.core.model.CloudStatus;
import be.ghelamcoalert.core.model.ImportStatus;
import be.ghelamcoalert.core.model.LightStatus;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's state: clock, cloud connection, last good import and source health, the
 * lamp that mirrors the alarm light, and for a minute after an update the release that runs.
 * Reads the core's {@link StatusBoard}; every text is set
 * only when it changed, so a tick that changes nothing redraws nothing.
 */
public final class StatusBarViewModel {
    private final StatusBoard board;
    private final Clock clock;
    private final Texts texts;
    private final CommandRunner commands;

    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cloud = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cloudStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixtures = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixturesStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper light = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper faults = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper release = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper releaseStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lampLit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper lampHardwareOk = new ReadOnlyBooleanWrapper(true);
    private long shownMinute = Long.MIN_VALUE;

    public StatusBarViewModel(StatusBoard board, Clock clock, Texts texts, CommandRunner commands) {
        this.board = board;
        this.clock = clock;
        this.texts = texts;
        this.commands = commands;
        texts.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * Every second: the lamp's blink; once a minute the clock and the import's age. Everything
     * else changes only when the status board does ({@link #refresh()}).
     */
    public void tick() {
        var now = clock.instant();
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        if (minute != shownMinute) {
            refresh();
            return;
        }
        showLight(board.light(), now);
        showRelease(now);
    }

    /** Redraws every part from the status board; when it changed, the language changed or a minute passed. */
    public void refresh() {
        var now = clock.instant();
        shownMinute = Math.floorDiv(now.getEpochSecond(), 60);
        set(time, texts.time(now));
        set(date, texts.day(now));
        showCloud(board.cloud());
        showFixtures(board.fixtures(), now);
        showLight(board.light(), now);
        showFaults();
        showRelease(now);
    }

    public void runLightTest() {
        commands.run(RunLightTest.configured());
    }

    private void showCloud(CloudStatus status) {
        set(cloudStyle, status.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        set(
                cloud,
                switch (status.state()) {
                    case NOT_CONFIGURED -> texts.get("status.cloud.off");
                    case CONNECTING -> texts.get("status.cloud.connecting");
                    case ONLINE -> texts.get("status.cloud.online");
                    case OFFLINE -> texts.get("status.cloud.offline", sinceText(status.since()));
                });
    }

    private void showFixtures(ImportStatus status, Instant now) {
        set(fixturesStyle, status.health().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var health = texts.get("status.source."
                + status.health().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (status.health() == ImportStatus.Health.NOT_CONFIGURED) {
            set(fixtures, health);
            return;
        }
        set(
                fixtures,
                status.lastGoodImport()
                        .map(at -> texts.get(
                                "status.import.at", sinceText(at), ageText(Duration.between(at, now)), health))
                        .orElseGet(() -> texts.get("status.import.never", health)));
    }

    /**
     * Every part that failed or works only in part, in words: "Cloud: The device certificate
     * /etc/ghelamco-alert/certs/device.pem.crt does not exist (iot.certificate)". The reason comes
     * from the part as it is logged; the clock's is said in the screen's language.
     */
    private void showFaults() {
        set(faults, board.troubles().stream().map(this::faultText).collect(Collectors.joining("  ·  ")));
    }

    private String faultText(PartHealth health) {
        var part = texts.get("status.part." + health.part().key());
        return health.part() == Part.CLOCK ? texts.get("status.clock.notSet") : part + ": " + health.reason();
    }

    /**
     * For a minute after an update was kept or rolled back (by the kiosk's clock): "Versie 1.4.0
     * draait (bijgewerkt van 1.3.0)" or "Terug op versie 1.3.0: update naar 1.4.0 teruggedraaid".
     */
    private void showRelease(Instant now) {
        var shown = board.release().filter(change -> change.shownAt(now));
        set(releaseStyle, shown.map(change -> Texts.keyOf(change.kind())).orElse(""));
        set(
                release,
                shown.map(change -> texts.get(
                                "status.release." + Texts.keyOf(change.kind()),
                                change.running().text(),
                                change.other().text()))
                        .orElse(""));
    }

    private void showLight(LightStatus status, Instant now) {
        set(
                light,
                texts.get("status.light."
                        + status.pattern().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        boolean lit = switch (status.pattern()) {
            case OFF -> false;
            case STEADY -> true;
            case SLOW_BLINK -> now.getEpochSecond() % 2 == 0;
        };
        lampLit.set(lit);
        lampHardwareOk.set(status.hardwareOk());
    }

    private String sinceText(Instant at) {
        var today = clock.instant().atZone(texts.zone()).toLocalDate();
        return at.atZone(texts.zone()).toLocalDate().equals(today) ? texts.time(at) : texts.dayAndTime(at);
    }

    /** "2 min", "3 u 05 min": the age of the data on screen, to the minute. */
    private String ageText(Duration age) {
        if (age.isNegative() || age.toMinutes() < 1) {
            return texts.get("status.age.now");
        }
        var minutes = Duration.ofMinutes(age.toMinutes());
        return texts.get("status.age", texts.durations().toMinute(minutes));
    }

    private static void set(ReadOnlyStringWrapper property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cloudProperty() {
        return cloud.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cloudStyleProperty() {
        return cloudStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixturesProperty() {
        return fixtures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixturesStyleProperty() {
        return fixturesStyle.getReadOnlyProperty();
    }

    /** What is wrong with the kiosk's parts, or empty when nothing is. */
    public ReadOnlyStringProperty faultsProperty() {
        return faults.getReadOnlyProperty();
    }

    /** The release that runs now, for a minute after an update was kept or rolled back; else empty. */
    public ReadOnlyStringProperty releaseProperty() {
        return release.getReadOnlyProperty();
    }

    /** "updated" or "rolled-back" while {@link #releaseProperty()} shows something; else empty. */
    public ReadOnlyStringProperty releaseStyleProperty() {
        return releaseStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lightProperty() {
        return light.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lampLitProperty() {
        return lampLit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lampHardwareOkProperty() {
        return lampHardwareOk.getReadOnlyProperty();
    }
}
