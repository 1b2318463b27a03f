package be.ghelamcoalert.ui;

import be.ghelamcoalert.config.UiSettings;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.StatusBoard;
import java.time.Clock;

/** What the screens may use: the core's services, never an adapter. */
public record KioskUiContext(
        String kioskName, boolean demo, UiSettings settings, Clock clock, KioskQueries queries,
        KioskCommandService commands, ChangeFeed changes, StatusBoard status) {}
