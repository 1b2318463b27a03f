package be.ghelamcoalert.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.testing.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an operator sees: the schedule, the kiosks and the jobs, read through the real SDK from the stand-in. */
@IntegrationTest
class RemoteOverviewCommandsTest {
    final RemoteRig rig = new RemoteRig();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void showsTheScheduleWithItsAlertStatesInDutch() {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run("events", "--thing", "lobby", "--lang", "nl");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains(
                        "lobby — 3 evenementen in de komende 30 dagen (gemeld zo 06-12 14:19; laatste goede import zo 06-12 06:00)")
                .contains("zo 06-12  KAA Gent - Club Brugge  [licht aan]")
                .contains("aftrap 18:15, parking leeg om 15:15   id jpl-2026-gent-club-brugge")
                .contains("WARNING  zo 06-12 14:15  gesnoozed tot 14:45   jpl-2026-gent-club-brugge/light")
                .contains("aftrap nog niet bekend, parking leeg om 17:30")
                .contains("gedempt")
                .contains("2 verdere evenementen weggelaten (de schaduw is vol)")
                .contains("import DEGRADED (club: quarantined (zero rows))");
    }

    @Test
    void showsTheScheduleInEnglishAndAsJson() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());

        var english = rig.run("events", "--thing", "lobby", "--lang", "en");
        var asJson = rig.run("events", "--thing", "lobby", "--json");

        assertThat(english.out())
                .contains("Sun 06-12  KAA Gent - Club Brugge  [light on]")
                .contains("snoozed until 14:45")
                .contains("kickoff to be confirmed");
        assertThat(json.readTree(asJson.out())).isEqualTo(json.readTree(rig.json.write(RemoteRig.matchDay())));
    }

    @Test
    void aKioskWithoutAScheduleIsSaidSo() {
        var run = rig.run("events", "--thing", "new-kiosk", "--lang", "en");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("new-kiosk: no schedule reported yet");
    }

    @Test
    void listsTheKiosksOfAGroupOnlineOrNotWithTheirNextDeadline() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());
        rig.aws.answer("GET", "/thing-groups/kiosks/things", "{\"things\":[\"lobby\",\"office\"]}");
        rig.aws.answer(
                "POST",
                "/things/lobby/connectivity-data",
                "{\"thingName\":\"lobby\",\"connected\":true,\"timestamp\":1765026000}");
        rig.aws.answer(
                "POST",
                "/things/office/connectivity-data",
                "{\"thingName\":\"office\",\"connected\":false,\"timestamp\":1765020000,\"disconnectReason\":\"MQTT_KEEP_ALIVE_TIMEOUT\"}");

        var run = rig.run("kiosks", "--group", "kiosks", "--lang", "en");
        var asJson =
                json.readTree(rig.run("kiosks", "--group", "kiosks", "--json").out());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains(
                        "lobby  online  1.4.0  import DEGRADED (club: quarantined (zero rows))  next deadline Sun 06-12 15:15 "
                                + "KAA Gent - Club Brugge [light on]")
                .contains("office  offline  no schedule reported yet");
        assertThat(asJson.get(0).path("nextDeadline").path("eventId").asText()).isEqualTo("jpl-2026-gent-club-brugge");
        assertThat(asJson.get(1).path("connected").asBoolean()).isFalse();
        assertThat(asJson.get(1).path("disconnectReason").asText()).isEqualTo("MQTT_KEEP_ALIVE_TIMEOUT");
        assertThat(rig.aws
                        .requests("POST", "/things/lobby/connectivity-data")
                        .getFirst()
                        .header("Authorization"))
                .get()
                .asString()
                .contains("/eu-west-1/iot/aws4_request");
    }

    @Test
    void followsAJobFromQueuedToSucceededWithTheKiosksSummary() {
        var list =
                "{\"executionSummaries\":[{\"jobId\":\"snooze-1\",\"jobExecutionSummary\":{\"status\":\"%s\",\"queuedAt\":1765027200,"
                        + "\"executionNumber\":1}}]}";
        var describe =
                "{\"execution\":{\"jobId\":\"snooze-1\",\"status\":\"%s\",\"queuedAt\":1765027200,\"lastUpdatedAt\":%d,"
                        + "\"statusDetails\":{\"detailsMap\":%s}}}";
        for (var status : new String[] {"QUEUED", "IN_PROGRESS", "SUCCEEDED"}) {
            rig.aws.answer("GET", "/things/lobby/jobs", list.formatted(status));
        }
        rig.aws.answer("GET", "/things/lobby/jobs/snooze-1", describe.formatted("QUEUED", 1765027200, "{}"));
        rig.aws.answer("GET", "/things/lobby/jobs/snooze-1", describe.formatted("IN_PROGRESS", 1765027260, "{}"));
        rig.aws.answer(
                "GET",
                "/things/lobby/jobs/snooze-1",
                describe.formatted(
                        "SUCCEEDED", 1765027261, "{\"summary\":\"Snoozed KAA Gent - Club Brugge until 14:45\"}"));

        var run = rig.run("jobs", "--thing", "lobby", "--watch", "--every", "0s");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out())
                .contains("QUEUED")
                .contains("IN_PROGRESS")
                .contains("SUCCEEDED   06-12 14:21  Snoozed KAA Gent - Club Brugge until 14:45");
        assertThat(rig.aws.requests("GET", "/things/lobby/jobs")).hasSize(3);
    }

    @Test
    void showsARejectedJobWithTheFieldAndTheReasonAsJson() throws Exception {
        rig.aws.answer(
                "GET",
                "/things/lobby/jobs",
                "{\"executionSummaries\":[{\"jobId\":\"mute-1\",\"jobExecutionSummary\":"
                        + "{\"status\":\"REJECTED\",\"queuedAt\":1765027200}}]}");
        rig.aws.answer(
                "GET",
                "/things/lobby/jobs/mute-1",
                "{\"execution\":{\"jobId\":\"mute-1\",\"status\":\"REJECTED\","
                        + "\"statusDetails\":{\"detailsMap\":{\"reason\":\"no such event\",\"field\":\"eventId\"}}}}");

        var run = rig.run("jobs", "--thing", "lobby", "--json");

        var line = json.readTree(run.out());
        assertThat(line.path("status").asText()).isEqualTo("REJECTED");
        assertThat(line.path("statusDetails").path("field").asText()).isEqualTo("eventId");
        assertThat(rig.run("jobs", "--thing", "lobby").out())
                .contains("REJECTED")
                .contains("eventId: no such event");
    }

    @Test
    void showsTheFieldOnceWhenTheKiosksReasonNamesItAlready() {
        rig.aws.answer(
                "GET",
                "/things/lobby/jobs",
                "{\"executionSummaries\":[{\"jobId\":\"update-1-5-0\",\"jobExecutionSummary\":"
                        + "{\"status\":\"REJECTED\",\"queuedAt\":1765027200}}]}");
        rig.aws.answer(
                "GET",
                "/things/lobby/jobs/update-1-5-0",
                "{\"execution\":{\"jobId\":\"update-1-5-0\",\"status\":\"REJECTED\","
                        + "\"statusDetails\":{\"detailsMap\":{\"operation\":\"update\",\"field\":\"url\","
                        + "\"reason\":\"url: the bundle is built for amd64; this kiosk is aarch64\"}}}}");

        var run = rig.run("jobs", "--thing", "lobby");

        assertThat(run.out())
                .contains("REJECTED")
                .contains("  url: the bundle is built for amd64; this kiosk is aarch64")
                .doesNotContain("url: url:");
    }
}
