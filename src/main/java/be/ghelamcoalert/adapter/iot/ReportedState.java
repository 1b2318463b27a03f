package be.ghelamcoalert.adapter.iot;

import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.StatusBoard;
import java.util.HashMap;
import java.util.Map;

/**
 * The shadow's reported state: what an operator wants to see of a kiosk without walking to the
 * lobby. Every key is always present (with "none" values when there is nothing), because a
 * classic shadow keeps a key that an update leaves out.
 */
final class ReportedState {
    private static final String NONE = "none";

    private ReportedState() {}

    static HashMap<String, Object> of(KioskQueries queries, StatusBoard status, String appVersion) {
        var upcoming = queries.upcoming();
        var now = queries.clock().instant();
        var state = new HashMap<String, Object>();
        state.put("appVersion", appVersion);
        var light = status.light();
        state.put(
                "relay",
                Map.of(
                        "on",
                        light.lit(),
                        "pattern",
                        light.pattern().name(),
                        "reason",
                        light.reason(),
                        "hardwareOk",
                        light.hardwareOk()));
        state.put(
                "nextEvent",
                upcoming.stream()
                        .findFirst()
                        .<Map<String, Object>>map(ReportedState::event)
                        .orElse(Map.of(
                                "id",
                                NONE,
                                "title",
                                NONE,
                                "kickoff",
                                NONE,
                                "deadline",
                                NONE,
                                "provisional",
                                false,
                                "stage",
                                NONE)));
        state.put(
                "nextAlert",
                upcoming.stream()
                        .flatMap(o -> o.nextScheduledAlert().stream())
                        .min(java.util.Comparator.comparing(a -> a.alert().dueAt()))
                        .<Map<String, Object>>map(a -> Map.of(
                                "id",
                                a.alert().id().value(),
                                "kind",
                                a.alert().kind().name(),
                                "dueAt",
                                a.alert().dueAt().toString()))
                        .orElse(Map.of("id", NONE, "kind", NONE, "dueAt", NONE)));
        var fixtures = status.fixtures();
        state.put(
                "lastImport",
                Map.of(
                        "health",
                        fixtures.health().name(),
                        "at",
                        fixtures.lastGoodImport().map(Object::toString).orElse(NONE),
                        "detail",
                        fixtures.detail()));
        state.put(
                "counts",
                Map.of(
                        "upcomingEvents", upcoming.size(),
                        "activeAlerts",
                                upcoming.stream()
                                        .flatMap(o -> o.alerts().stream())
                                        .filter(a -> a.state() == AlertState.ACTIVE)
                                        .count(),
                        "openNotices", queries.openNotices().size()));
        var health = new HashMap<String, Object>();
        status.health()
                .forEach(part -> health.put(
                        part.part().key(),
                        Map.of(
                                "state",
                                part.state().name(),
                                "reason",
                                part.reason(),
                                "since",
                                part.since().toString())));
        state.put("health", health);
        state.put("reportedAt", now.toString());
        return state;
    }

    private static Map<String, Object> event(EventOverview o) {
        return Map.of(
                "id",
                o.event().id().value(),
                "title",
                o.event().title(),
                "kickoff",
                o.deadline().kickoff().toOffsetDateTime().toString(),
                "deadline",
                o.deadline().clearBy().toOffsetDateTime().toString(),
                "provisional",
                o.deadline().provisional(),
                "stage",
                o.stage().name());
    }
}
