package be.ghelamcoalert.adapter.iot.schedule;

import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.service.KioskQueries;
import be.ghelamcoalert.core.service.StatusBoard;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the kiosk's {@link ScheduleReport} from what the screen shows: the events whose deadline
 * falls within the horizon, each alert's state now, the parts' health and the last good import.
 * When the report would not fit in a shadow, the furthest events are left out and counted.
 */
public final class ScheduleReports {
    public static final Duration HORIZON = Duration.ofDays(30);
    /** A part's reason is cut to this many characters: the shadow's room is for the events. */
    static final int MAX_REASON_CHARS = 160;

    private final KioskQueries queries;
    private final StatusBoard status;
    private final String appVersion;
    private final ScheduleJson json;
    private final int maxStateBytes;

    public ScheduleReports(KioskQueries queries, StatusBoard status, String appVersion, ScheduleJson json) {
        this(queries, status, appVersion, json, ScheduleJson.MAX_STATE_BYTES);
    }

    ScheduleReports(KioskQueries queries, StatusBoard status, String appVersion, ScheduleJson json, int maxStateBytes) {
        this.queries = queries;
        this.status = status;
        this.appVersion = appVersion;
        this.json = json;
        this.maxStateBytes = maxStateBytes;
    }

    /** The report as it stands now, within the size limit. */
    public ScheduleReport now() {
        var now = queries.clock().instant();
        var until = now.plus(HORIZON);
        var zone = queries.clock().getZone();
        var events = new ArrayList<ScheduleReport.EventEntry>();
        for (var overview : queries.upcoming()) {
            if (overview.deadline().clearByInstant().isBefore(until)) {
                events.add(event(overview, zone));
            }
        }
        var parts = new LinkedHashMap<String, ScheduleReport.PartEntry>();
        status.health().forEach(part -> parts.put(part.part().key(), part(part)));
        var fixtures = status.fixtures();
        var lastGoodImport = fixtures.lastGoodImport()
                .map(at -> at.atZone(zone).toOffsetDateTime().toString())
                .orElse(ScheduleReport.NONE);
        var report = report(
                now.atZone(zone).toOffsetDateTime().toString(),
                lastGoodImport,
                fixtures.health().name(),
                parts,
                events,
                0);
        return fit(report);
    }

    /** Leaves out the furthest events, one at a time, until the report fits. */
    ScheduleReport fit(ScheduleReport report) {
        var fitting = report;
        while (json.stateBytes(fitting) > maxStateBytes && !fitting.events().isEmpty()) {
            var kept = fitting.events().subList(0, fitting.events().size() - 1);
            fitting = report(
                    fitting.reportedAt(),
                    fitting.lastGoodImport(),
                    fitting.importHealth(),
                    fitting.parts(),
                    kept,
                    fitting.eventsLeftOut() + 1);
        }
        return fitting;
    }

    private ScheduleReport report(
            String reportedAt,
            String lastGoodImport,
            String importHealth,
            Map<String, ScheduleReport.PartEntry> parts,
            List<ScheduleReport.EventEntry> events,
            int leftOut) {
        return new ScheduleReport(
                ScheduleReport.FORMAT,
                reportedAt,
                appVersion,
                (int) HORIZON.toDays(),
                lastGoodImport,
                importHealth,
                parts,
                events,
                leftOut);
    }

    private static ScheduleReport.EventEntry event(EventOverview overview, ZoneId zone) {
        var event = overview.event();
        var deadline = overview.deadline();
        var kickoff = event.start().timeKnown()
                ? deadline.kickoff().toOffsetDateTime().toString()
                : ScheduleReport.TIME_TO_BE_CONFIRMED;
        var alerts = overview.alerts().stream()
                .map(snapshot -> alert(snapshot, event.muted(), zone))
                .toList();
        return new ScheduleReport.EventEntry(
                event.id().value(),
                event.title(),
                event.kind().name(),
                event.start().date(),
                kickoff,
                deadline.clearBy().toOffsetDateTime(),
                overview.stage().name(),
                event.muted(),
                alerts);
    }

    private static ScheduleReport.AlertEntry alert(
            EventOverview.AlertSnapshot snapshot, boolean eventMuted, ZoneId zone) {
        var alert = snapshot.alert();
        var state = AlertEntryState.of(snapshot, eventMuted);
        var until = state == AlertEntryState.SNOOZED
                ? alert.snoozedUntil().map(at -> at.atZone(zone).toOffsetDateTime())
                : Optional.<OffsetDateTime>empty();
        return new ScheduleReport.AlertEntry(
                alert.id().value(),
                alert.kind().name(),
                alert.dueAt().atZone(zone).toOffsetDateTime(),
                state.wireName(),
                until);
    }

    private static ScheduleReport.PartEntry part(PartHealth health) {
        var reason = health.reason();
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS - 1) + "…";
        }
        return new ScheduleReport.PartEntry(health.state().name(), reason);
    }
}
