package be.ghelamcoalert.faults;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.CreateCustomEvent;
import be.ghelamcoalert.core.service.KioskCommandService;
import be.ghelamcoalert.core.service.KioskQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** The fault tests' stadium event: a gala on Wednesday 9 December 2026 at 20:45, made from the touch screen. */
final class Gala {
    static final EventId ID = new EventId("gala");

    private Gala() {}

    /** Creates the gala and returns when its light falls due (16:45, in office hours). */
    static Instant create(KioskCommandService commands, KioskQueries queries) {
        commands.execute(
                new CreateCustomEvent(ID, "Gala", LocalDate.of(2026, 12, 9), LocalTime.of(20, 45), Optional.empty()),
                Actor.touchScreen());
        return queries.event(ID).orElseThrow().alerts().stream()
                .filter(a -> a.alert().kind() == AlertKind.WARNING)
                .findFirst()
                .orElseThrow()
                .alert()
                .dueAt();
    }
}
