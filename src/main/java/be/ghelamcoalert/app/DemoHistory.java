package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.iot.jobs.JobDocumentReader;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.model.command.ConfirmClear;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.model.command.RefreshFixtures;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.model.command.SnoozeEvent;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.core.port.MetricsOutbox;
import be.ghelamcoalert.core.port.Transactor;
import be.ghelamcoalert.core.service.CommandOutcome;
import be.ghelamcoalert.core.service.RemoteJobService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;

/**
 * The demo kiosk's past week, so that its remote-command and metrics screens show what a kiosk in
 * service shows: hourly metric windows (the cloud online but for a night-time outage, a heartbeat
 * a minute, an import an hour with a failing afternoon and one quarantined page, a match evening
 * with the light on, a snooze and a confirmation), the remote commands of that match day and the
 * week's software updates ({@link DemoUpdate}). The jobs are recorded as real ones are
 * (RemoteJobService's records, the rejected one read by the same document reader), so the screen
 * words them in its language. Only the demo's own database gets
 * it, fresh at every start.
 */
final class DemoHistory {
    /** How far back the demo's history goes. */
    static final Duration SPAN = Duration.ofDays(7);

    private static final Duration HOUR = Duration.ofHours(1);

    private DemoHistory() {}

    /** @param update the demo's over-the-air updates: their jobs join the history */
    static void seed(
            Transactor tx, Clock clock, ZoneId zone, MetricsOutbox metrics, JobLedger jobs, DemoUpdate update) {
        var now = clock.instant().atZone(zone);
        var matchEvening = now.minusDays(3).truncatedTo(ChronoUnit.DAYS).withHour(17);
        tx.run(() -> {
            for (var hour = now.minus(SPAN).truncatedTo(ChronoUnit.HOURS);
                    hour.isBefore(now.truncatedTo(ChronoUnit.HOURS));
                    hour = hour.plus(HOUR)) {
                metrics.store(new MetricWindow(hour.toInstant(), HOUR, hourOf(hour, now, matchEvening)));
            }
            jobsOf(matchEvening, zone).forEach(job -> jobs.record(job, ""));
            update.jobs(clock.instant()).forEach(job -> jobs.record(job, ""));
        });
    }

    /** One hour of the kiosk's counters. */
    private static java.util.Map<String, Double> hourOf(
            ZonedDateTime hour, ZonedDateTime now, ZonedDateTime matchEvening) {
        var values = new HashMap<String, Double>();
        var daysAgo = ChronoUnit.DAYS.between(hour.toLocalDate(), now.toLocalDate());
        boolean outage =
                daysAgo == 5 && (hour.getHour() == 3 || hour.getHour() == 4); // the provider's night-time works
        values.put(MetricNames.CLOUD_ONLINE_SECONDS, outage ? 0.0 : 3600.0);
        values.put(MetricNames.HEARTBEATS, outage ? 0.0 : 60.0);
        boolean siteDown = daysAgo == 2 && hour.getHour() >= 13 && hour.getHour() < 16; // the club's site answered 503
        if (daysAgo == 4 && hour.getHour() == 9) {
            values.put(MetricNames.IMPORTS_QUARANTINED, 1.0); // a page with most fixtures gone: kept aside, not applied
        } else {
            values.put(siteDown ? MetricNames.IMPORTS_FAILED : MetricNames.IMPORTS_OK, 1.0);
        }
        if (hour.equals(matchEvening)) { // light on 17:00, snoozed a quarter, back on, confirmed clear at 17:40
            values.put(MetricNames.RELAY_ON_SECONDS, 25.0 * 60);
            values.put(MetricNames.RELAY_SWITCHES, 4.0);
            values.put(MetricNames.SNOOZES, 1.0);
            values.put(MetricNames.CONFIRMATIONS, 1.0);
        }
        return values;
    }

    /** The operations team's remote commands on the match day, oldest first. */
    private static List<JobRecord> jobsOf(ZonedDateTime matchEvening, ZoneId zone) {
        var match = "KAA Gent - KV Mechelen";
        var matchId = new EventId("jpl-2026-gent-mechelen");
        var mistyped = new JobDocumentReader(Clock.fixed(matchEvening.toInstant(), zone), zone)
                .read(
                        "{\"version\": 1, \"operation\": \"snooze\", " + "\"eventId\": \"" + matchId
                                + "\", \"duration\": \"15 minutes\"}",
                        "demo-job-2");
        if (!(mistyped instanceof RemoteJobService.Invalid invalid)) {
            throw new IllegalStateException("the job document reader took the demo's mistyped snooze: " + mistyped);
        }
        return List.of(
                done(
                        "demo-job-1",
                        matchEvening.minusHours(7),
                        new RefreshFixtures(),
                        CommandOutcome.Kind.FIXTURES_IMPORTED,
                        0L,
                        0L,
                        0L,
                        "0 changes; club: OK (17 fixtures, 6 ahead at our venue)"),
                RemoteJobService.rejected(
                        "demo-job-2", 1, matchEvening.plusMinutes(3).toInstant(), invalid),
                done(
                        "demo-job-3",
                        matchEvening.plusMinutes(4),
                        new SnoozeEvent(matchId, Duration.ofMinutes(15)),
                        CommandOutcome.Kind.SNOOZED,
                        match,
                        matchEvening.plusMinutes(19).toLocalTime()),
                done(
                        "demo-job-4",
                        matchEvening.plusMinutes(40),
                        new ConfirmClear(matchId),
                        CommandOutcome.Kind.CONFIRMED,
                        match),
                done(
                        "demo-job-5",
                        matchEvening.plusDays(1).withHour(10),
                        RunLightTest.lasting(Duration.ofSeconds(10)),
                        CommandOutcome.Kind.LIGHT_TESTED,
                        10L));
    }

    /** A job that carried out its command, recorded as the kiosk records one. */
    private static JobRecord done(
            String id, ZonedDateTime at, KioskCommand command, CommandOutcome.Kind kind, Object... args) {
        return RemoteJobService.succeeded(id, 1, at.toInstant(), CommandOutcome.of(command, kind, args));
    }
}
