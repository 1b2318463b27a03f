package be.ghelamcoalert.ui;

import be.ghelamcoalert.config.UiSettings;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.core.service.AdminPin;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.StatusBoard;
import be.ghelamcoalert.ui.start.StartPictures;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the screens may use: the core's services and ports, never an adapter.
 *
 * @param language "nl" or "en": the language the screen starts in (the one chosen on the admin
 *                 screen, else kiosk.yaml's)
 * @param zone     the venue's zone: every date and time on screen is shown in it
 * @param jobs     the remote commands received; {@link JobHistory#none()} without a cloud
 * @param metrics  the stored usage metrics; {@link #noMetrics()} when nothing records them
 * @param adminPin the admin PIN that guards the admin actions (settings, delete, mute, light test)
 * @param startPictures where the picture shown at the next start is kept; {@link StartPictures#none()} in the demo
 */
public record KioskUiContext(
        String kioskName,
        boolean demo,
        UiSettings settings,
        String language,
        Clock clock,
        ZoneId zone,
        KioskQueries queries,
        KioskCommandService commands,
        ChangeFeed changes,
        StatusBoard status,
        JobHistory jobs,
        MetricsHistory metrics,
        AdminPin adminPin,
        StartPictures startPictures) {

    /** Without a start picture. */
    public KioskUiContext(
            String kioskName,
            boolean demo,
            UiSettings settings,
            String language,
            Clock clock,
            ZoneId zone,
            KioskQueries queries,
            KioskCommandService commands,
            ChangeFeed changes,
            StatusBoard status,
            JobHistory jobs,
            MetricsHistory metrics,
            AdminPin adminPin) {
        this(
                kioskName,
                demo,
                settings,
                language,
                clock,
                zone,
                queries,
                commands,
                changes,
                status,
                jobs,
                metrics,
                adminPin,
                StartPictures.none());
    }

    /** The same, keeping its start pictures in {@code pictures}. */
    public KioskUiContext withStartPictures(StartPictures pictures) {
        return new KioskUiContext(
                kioskName, demo, settings, language, clock, zone, queries, commands, changes, status, jobs, metrics,
                adminPin, pictures);
    }

    /** A metrics history that holds nothing yet: the metrics screen says so. */
    public static MetricsHistory noMetrics() {
        return (from, to) -> List.of();
    }
}
