package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.fleet.FleetAccess;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleJson;
import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.testing.AwsStandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The operator's command line against the AWS stand-in, with static test credentials and a fixed clock. */
final class RemoteRig implements AutoCloseable {
    static final String ACCESS_KEY = "AKIDSTANDIN0000TEST";
    /** 14:20 in Gent on match day. */
    static final Instant NOW = Instant.parse("2026-12-06T13:20:00Z");

    static final String ACCOUNT = "123456789012";

    record Run(int exit, String out, String err) {}

    final AwsStandIn aws = new AwsStandIn();
    final ScheduleJson json = new ScheduleJson();

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var access = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(ACCESS_KEY, "standin-secret-key-for-tests-only"));
        var cli = new CommandLine(new RemoteCommand(
                options -> new FleetAccess(access, Region.EU_WEST_1, options.endpointUrl),
                Clock.fixed(NOW, ZoneId.of("UTC"))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", aws.uri().toString()));
        var exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The thing reports {@code schedule} in its named shadow. */
    RemoteRig reports(String thing, ScheduleReport schedule) {
        aws.answer(
                "GET",
                "/things/" + thing + "/shadow",
                "{\"state\":{\"reported\":" + json.write(schedule)
                        + "},\"metadata\":{},\"version\":7,\"timestamp\":1765027200}");
        aws.answer(
                "GET",
                "/things/" + thing,
                "{\"thingName\":\"" + thing + "\",\"thingArn\":\"" + thingArn(thing) + "\"}");
        return this;
    }

    static String thingArn(String thing) {
        return "arn:aws:iot:eu-west-1:" + ACCOUNT + ":thing/" + thing;
    }

    static OffsetDateTime gent(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+01:00");
    }

    /** Match day: Club Brugge's light is on (snoozed), Mechelen has no kickoff time yet, a gala on the 20th. */
    static ScheduleReport matchDay() {
        var brugge = new ScheduleReport.EventEntry(
                "jpl-2026-gent-club-brugge",
                "KAA Gent - Club Brugge",
                "HOME_MATCH",
                LocalDate.of(2026, 12, 6),
                "2026-12-06T18:15+01:00",
                gent("2026-12-06T15:15"),
                "LIGHT_ON",
                false,
                List.of(
                        new ScheduleReport.AlertEntry(
                                "jpl-2026-gent-club-brugge/day-before",
                                "NOTICE",
                                gent("2026-12-05T15:15"),
                                "confirmed",
                                Optional.empty()),
                        new ScheduleReport.AlertEntry(
                                "jpl-2026-gent-club-brugge/light",
                                "WARNING",
                                gent("2026-12-06T14:15"),
                                "snoozed",
                                Optional.of(gent("2026-12-06T14:45"))),
                        new ScheduleReport.AlertEntry(
                                "jpl-2026-gent-club-brugge/overdue",
                                "OVERDUE",
                                gent("2026-12-06T15:15"),
                                "planned",
                                Optional.empty())));
        var mechelen = new ScheduleReport.EventEntry(
                "jpl-2026-gent-kv-mechelen",
                "KAA Gent - KV Mechelen",
                "HOME_MATCH",
                LocalDate.of(2026, 12, 13),
                ScheduleReport.TIME_TO_BE_CONFIRMED,
                gent("2026-12-13T17:30"),
                "UPCOMING",
                false,
                List.of(new ScheduleReport.AlertEntry(
                        "jpl-2026-gent-kv-mechelen/light",
                        "WARNING",
                        gent("2026-12-13T16:30"),
                        "planned",
                        Optional.empty())));
        var gala = new ScheduleReport.EventEntry(
                "custom-gala",
                "Kerstgala",
                "CUSTOM",
                LocalDate.of(2026, 12, 20),
                "2026-12-20T20:00+01:00",
                gent("2026-12-20T17:00"),
                "UPCOMING",
                true,
                List.of(new ScheduleReport.AlertEntry(
                        "custom-gala/light", "WARNING", gent("2026-12-20T16:00"), "muted", Optional.empty())));
        return new ScheduleReport(
                ScheduleReport.FORMAT,
                "2026-12-06T14:19+01:00",
                "1.4.0",
                30,
                "2026-12-06T06:00+01:00",
                "OK",
                Map.of(
                        "alarm",
                        new ScheduleReport.PartEntry("RUNNING", ""),
                        "import",
                        new ScheduleReport.PartEntry("DEGRADED", "club: quarantined (zero rows)")),
                List.of(brugge, mechelen, gala),
                2);
    }

    @Override
    public void close() {
        aws.close();
    }
}
