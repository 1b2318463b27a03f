package be.ghelamcoalert.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.testing.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jobs sent by plain options: the real SDK's requests as the stand-in for AWS IoT receives them. */
@IntegrationTest
class RemoteJobCommandsTest {
    final RemoteRig rig = new RemoteRig();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void snoozesAnEventNamedByTheStartOfItsTitleWithASignedCreateJob() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());
        rig.aws.answer(
                "PUT",
                "/jobs/*",
                "{\"jobArn\":\"arn:aws:iot:eu-west-1:123456789012:job/snooze\",\"jobId\":\"snooze\"}");

        var run = rig.run("snooze", "--thing", "lobby", "--event", "kaa gent - club", "--for", "30m");

        var shadowRead = rig.aws.requests("GET", "/things/lobby/shadow").getFirst();
        assertThat(shadowRead.query()).isEqualTo("name=schedule");
        assertThat(shadowRead.header("Authorization"))
                .get()
                .asString()
                .matches("AWS4-HMAC-SHA256 Credential=" + RemoteRig.ACCESS_KEY
                        + "/\\d{8}/eu-west-1/iotdata/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}");
        var create = rig.aws.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .findFirst()
                .orElseThrow();
        assertThat(create.path()).matches("/jobs/snooze-20261206-142000-[0-9a-f]{4}");
        assertThat(create.header("Authorization"))
                .get()
                .asString()
                .matches("AWS4-HMAC-SHA256 Credential=" + RemoteRig.ACCESS_KEY
                        + "/\\d{8}/eu-west-1/iot/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}");
        assertThat(create.header("X-Amz-Date")).get().asString().matches("\\d{8}T\\d{6}Z");
        var body = json.readTree(create.body());
        assertThat(body.path("targets").get(0).asText()).isEqualTo(RemoteRig.thingArn("lobby"));
        assertThat(body.path("targetSelection").asText()).isEqualTo("SNAPSHOT");
        assertThat(json.readTree(body.path("document").asText())).isEqualTo(json.readTree("""
                {"version":1,"operation":"snooze","eventId":"jpl-2026-gent-club-brugge","duration":"PT30M"}"""));
        assertThat(body.path("description").asText())
                .isEqualTo("snooze KAA Gent - Club Brugge (2026-12-06) for 30 min on thing lobby");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains(
                        "Job " + create.path().substring("/jobs/".length()) + " created: snooze KAA Gent - Club Brugge")
                .contains("remote jobs --thing lobby --watch");
    }

    @Test
    void aTitleThatMatchesTwoEventsListsThemAndCreatesNoJob() {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run("confirm", "--thing", "lobby", "--event", "KAA Gent -");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err())
                .contains(
                        "'KAA Gent -' matches 2 events: jpl-2026-gent-club-brugge (KAA Gent - Club Brugge, 2026-12-06), "
                                + "jpl-2026-gent-kv-mechelen (KAA Gent - KV Mechelen, 2026-12-13)");
        assertThat(rig.aws.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void retimesAnAlertNamedByItsKindForEveryKioskOfAGroupAtATimeOnTheEventsDay() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay()).reports("office", RemoteRig.matchDay());
        rig.aws.answer("GET", "/thing-groups/kiosks/things", "{\"things\":[\"lobby\",\"office\"]}");
        rig.aws.answer(
                "GET",
                "/thing-groups/kiosks",
                "{\"thingGroupName\":\"kiosks\",\"thingGroupArn\":\"arn:aws:iot:eu-west-1:123456789012:thinggroup/kiosks\"}");
        rig.aws.answer(
                "PUT",
                "/jobs/*",
                "{\"jobArn\":\"arn:aws:iot:eu-west-1:123456789012:job/retime\",\"jobId\":\"retime\"}");

        var run = rig.run(
                "retime",
                "--group",
                "kiosks",
                "--event",
                "2026-12-06",
                "--alert",
                "warning",
                "--at",
                "14:50",
                "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        var create = json.readTree(rig.aws.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .findFirst()
                .orElseThrow()
                .body());
        assertThat(create.path("targets").get(0).asText())
                .isEqualTo("arn:aws:iot:eu-west-1:123456789012:thinggroup/kiosks");
        assertThat(json.readTree(create.path("document").asText())).isEqualTo(json.readTree("""
                {"version":1,"operation":"retime-alert","alertId":"jpl-2026-gent-club-brugge/light","dueAt":"2026-12-06T14:50:00+01:00"}"""));
        var answer = json.readTree(run.out());
        assertThat(answer.path("target").asText()).isEqualTo("group/kiosks");
        assertThat(answer.path("jobArn").asText()).isEqualTo("arn:aws:iot:eu-west-1:123456789012:job/retime");
        assertThat(rig.aws.requests("GET", "/things/office/shadow")).hasSize(1);
    }

    @Test
    void aCommandTheKioskWouldRefuseIsNotSent() {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run("snooze", "--thing", "lobby", "--event", "jpl-2026-gent-club-brugge", "--for", "5h");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("duration");
        assertThat(rig.aws.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void aDocumentTheKiosksReaderWouldRefuseIsNotSent() {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run(
                "retime",
                "--thing",
                "lobby",
                "--event",
                "KAA Gent - Club",
                "--alert",
                "light",
                "--at",
                "2029-12-06 14:00");

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err())
                .startsWith("The kiosk would not read this job as meant: ")
                .contains("dueAt");
        assertThat(rig.aws.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void aMuteCarriesItsReasonAndWhoAskedForIt() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run(
                "mute",
                "--thing",
                "lobby",
                "--event",
                "KAA Gent - Club",
                "--reason",
                "Behind closed doors",
                "--requested-by",
                "jdoe",
                "--dry-run");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(run.out())).isEqualTo(json.readTree("""
                {"version":1,"operation":"mute","eventId":"jpl-2026-gent-club-brugge","muted":true,
                 "reason":"Behind closed doors","requestedBy":"jdoe"}"""));
    }

    @Test
    void aMuteWithoutAReasonIsRefusedBeforeAnyJobIsMade() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run("mute", "--thing", "lobby", "--event", "KAA Gent - Club");

        assertThat(run.exit()).isNotEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("reason");
        assertThat(rig.aws.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void aDryRunPrintsTheCheckedDocumentAndCreatesNoJob() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());

        var run = rig.run(
                "add-alert", "--thing", "lobby", "--event", "Kerstgala", "--at", "2026-12-20 15:30", "--dry-run");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(run.out())).isEqualTo(json.readTree("""
                {"version":1,"operation":"add-alert","eventId":"custom-gala","alertId":"custom-gala/remote-20261220-1530",
                 "kind":"WARNING","dueAt":"2026-12-20T15:30:00+01:00"}"""));
        assertThat(rig.aws.requests()).noneMatch(r -> r.method().equals("PUT"));
    }

    @Test
    void aThingAwsDoesNotKnowIsSaidSoWithItsOwnExitCode() {
        var run = rig.run("light-test", "--thing", "nowhere", "--for", "10s");

        assertThat(run.exit()).isEqualTo(RemoteCommand.AWS_FAILED);
        assertThat(run.err()).startsWith("AWS: cannot find thing nowhere: not found");
    }

    @Test
    void createsAnEventFromATitleAndATime() throws Exception {
        rig.aws.answer(
                "GET",
                "/things/lobby",
                "{\"thingName\":\"lobby\",\"thingArn\":\"" + RemoteRig.thingArn("lobby") + "\"}");

        var run = rig.run(
                "create-event",
                "--thing",
                "lobby",
                "--title",
                "Kerstconcert op het veld",
                "--at",
                "2026-12-05 19:30",
                "--until",
                "23:00",
                "--dry-run");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(run.out())).isEqualTo(json.readTree("""
                {"version":1,"operation":"create-event","id":"custom-20261205-kerstconcert-op-het-veld","title":"Kerstconcert op het veld",
                 "start":"2026-12-05T19:30:00+01:00","end":"2026-12-05T23:00:00+01:00"}"""));
        assertThat(rig.aws.requests("GET", "/things/lobby/shadow"))
                .as("no schedule needed")
                .isEmpty();
    }

    @Test
    void changesOrDeletesOnlyCustomEvents() throws Exception {
        rig.reports("lobby", RemoteRig.matchDay());

        var update = rig.run("update-event", "--thing", "lobby", "--event", "kerst", "--at", "20:30", "--dry-run");
        var match = rig.run("delete-event", "--thing", "lobby", "--event", "KAA Gent - Club", "--dry-run");

        assertThat(update.exit()).as(update.err()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(update.out())).isEqualTo(json.readTree("""
                {"version":1,"operation":"update-event","id":"custom-gala","title":"Kerstgala","start":"2026-12-20T20:30:00+01:00"}"""));
        assertThat(match.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(match.err()).contains("KAA Gent - Club Brugge is not a custom event");
    }

    @Test
    void changesTheSettingsOfEveryKioskOfAGroup() throws Exception {
        var run = rig.run(
                "change-settings",
                "--group",
                "kiosks",
                "--language",
                "en",
                "--night",
                "on",
                "--night-action",
                "BLANK",
                "--dry-run");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(run.out())).isEqualTo(json.readTree("""
                {"version":1,"operation":"change-settings","language":"en",
                 "nightMode":{"enabled":true,"from":"22:00","until":"06:00","action":"BLANK"}}"""));
    }
}
