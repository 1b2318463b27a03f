package be.ghelamcoalert.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.app.ExitCodes;
import be.ghelamcoalert.testing.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioning and deprovisioning a kiosk: the SDK's requests at the stand-in, and the folder for the Pi. */
@IntegrationTest
class ProvisionCommandTest {
    static final String CERT_ARN = "arn:aws:iot:eu-west-1:123456789012:cert/c0ffee";
    static final String KEY = "-----BEGIN RSA PRIVATE KEY-----\nstand-in key\n-----END RSA PRIVATE KEY-----\n";

    final RemoteRig rig = new RemoteRig();
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        rig.close();
    }

    void awsCreatesTheKiosk() {
        awsCreatesTheKioskButNoGroup();
        rig.aws.answer("PUT", "/thing-groups/addThingToThingGroup", "{}");
    }

    void awsCreatesTheKioskButNoGroup() {
        rig.aws.answer(
                "POST",
                "/things/lobby-2",
                "{\"thingName\":\"lobby-2\",\"thingArn\":\"" + RemoteRig.thingArn("lobby-2") + "\"}");
        rig.aws.answer(
                "POST",
                "/keys-and-certificate",
                "{\"certificateArn\":\"" + CERT_ARN + "\",\"certificateId\":\"c0ffee\","
                        + "\"certificatePem\":\"-----BEGIN CERTIFICATE-----\\nstand-in\\n-----END CERTIFICATE-----\\n\","
                        + "\"keyPair\":{\"PublicKey\":\"public\",\"PrivateKey\":" + json.valueToTree(KEY) + "}}");
        rig.aws.answer("PUT", "/target-policies/ghelamco-alert-kiosk", "{}");
        rig.aws.answer("PUT", "/things/lobby-2/principals", "{}");
        rig.aws.answer("GET", "/endpoint", "{\"endpointAddress\":\"abc123-ats.iot.eu-west-1.amazonaws.com\"}");
    }

    @Test
    void createsTheKioskAndWritesItsFolderForThePiReadableByItsOwnerOnly() throws Exception {
        awsCreatesTheKiosk();
        var out = dir.resolve("lobby-2");

        var run = rig.run("provision", "--thing", "lobby-2", "--group", "ghelamco-kiosks", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(rig.aws.requests("POST", "/keys-and-certificate").getFirst().query())
                .isEqualTo("setAsActive=true");
        assertThat(json.readTree(rig.aws
                                .requests("PUT", "/target-policies/ghelamco-alert-kiosk")
                                .getFirst()
                                .body())
                        .path("target")
                        .asText())
                .isEqualTo(CERT_ARN);
        assertThat(rig.aws
                        .requests("PUT", "/things/lobby-2/principals")
                        .getFirst()
                        .header("x-amzn-principal"))
                .contains(CERT_ARN);
        assertThat(json.readTree(rig.aws
                        .requests("PUT", "/thing-groups/addThingToThingGroup")
                        .getFirst()
                        .body()))
                .isEqualTo(json.readTree("{\"thingName\":\"lobby-2\",\"thingGroupName\":\"ghelamco-kiosks\"}"));
        assertThat(rig.aws.requests())
                .allSatisfy(r -> assertThat(r.header("Authorization"))
                        .get()
                        .asString()
                        .startsWith("AWS4-HMAC-SHA256 Credential=" + RemoteRig.ACCESS_KEY + "/"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rwx------");
        for (var file :
                new String[] {ProvisionCommand.CERTIFICATE, ProvisionCommand.PRIVATE_KEY, ProvisionCommand.ENVIRONMENT
                }) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(file))))
                    .as(file)
                    .isEqualTo("rw-------");
        }
        assertThat(out.resolve(ProvisionCommand.PRIVATE_KEY)).hasContent(KEY.strip());
        assertThat(Files.readAllLines(out.resolve(ProvisionCommand.ENVIRONMENT)))
                .contains(
                        "GHELAMCO__IOT__ENDPOINT=abc123-ats.iot.eu-west-1.amazonaws.com",
                        "GHELAMCO__IOT__THINGNAME=lobby-2",
                        "GHELAMCO__IOT__CERTIFICATE=/etc/ghelamco-alert/iot/certificate.pem.crt",
                        "GHELAMCO__IOT__PRIVATEKEY=/etc/ghelamco-alert/iot/private.pem.key",
                        "GHELAMCO__IOT__CACERTIFICATE=/etc/ghelamco-alert/iot/AmazonRootCA1.pem");
        assertThat(run.out() + run.err()).doesNotContain("stand-in key");
    }

    @Test
    void neverWritesOverAFolderThatHoldsFiles() throws Exception {
        awsCreatesTheKiosk();
        Files.writeString(dir.resolve("old.key"), "old");

        var run = rig.run("provision", "--thing", "lobby-2", "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("keys are never written over");
        assertThat(rig.aws.requests()).isEmpty();
    }

    @Test
    void aStepThatFailsNamesWhatWasCreatedBeforeIt() {
        awsCreatesTheKioskButNoGroup();

        var run = rig.run(
                "provision",
                "--thing",
                "lobby-2",
                "--group",
                "missing-group",
                "--out",
                dir.resolve("k").toString());

        assertThat(run.exit()).isEqualTo(RemoteCommand.AWS_FAILED);
        assertThat(run.err())
                .contains("cannot add lobby-2 to group missing-group: not found")
                .contains(
                        "created before that: thing lobby-2, certificate c0ffee (remove with: remote deprovision --thing lobby-2)");
        assertThat(dir.resolve("k")).doesNotExist();
    }

    @Test
    void deprovisionRevokesAndDeletesTheCertificateThenTheThing() throws Exception {
        rig.aws.answer("GET", "/things/lobby-2/principals", "{\"principals\":[\"" + CERT_ARN + "\"]}");
        rig.aws.answer("DELETE", "/things/lobby-2/principals", "{}");
        rig.aws.answer("POST", "/attached-policies/*", "{\"policies\":[{\"policyName\":\"ghelamco-alert-kiosk\"}]}");
        rig.aws.answer("POST", "/target-policies/ghelamco-alert-kiosk", "{}");
        rig.aws.answer("PUT", "/certificates/c0ffee", "{}");
        rig.aws.answer("DELETE", "/certificates/c0ffee", "{}");
        rig.aws.answer("DELETE", "/things/lobby-2", "{}");

        var refused = rig.run("deprovision", "--thing", "lobby-2");
        var run = rig.run("deprovision", "--thing", "lobby-2", "--yes");

        assertThat(refused.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(rig.aws.requests())
                .extracting(
                        r -> r.method() + " " + r.path().replaceAll("/attached-policies/.*", "/attached-policies/…"))
                .containsExactly(
                        "GET /things/lobby-2/principals",
                        "DELETE /things/lobby-2/principals",
                        "POST /attached-policies/…",
                        "POST /target-policies/ghelamco-alert-kiosk",
                        "PUT /certificates/c0ffee",
                        "DELETE /certificates/c0ffee",
                        "DELETE /things/lobby-2");
        assertThat(rig.aws.requests("PUT", "/certificates/c0ffee").getFirst().query())
                .isEqualTo("newStatus=INACTIVE");
        assertThat(run.out()).contains("certificate c0ffee revoked (INACTIVE)").contains("thing lobby-2 deleted");
    }
}
