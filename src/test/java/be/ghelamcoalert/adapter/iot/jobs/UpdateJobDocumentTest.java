package be.ghelamcoalert.adapter.iot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.ReleaseVersion;
import be.ghelamcoalert.core.model.command.UpdateRelease;
import be.ghelamcoalert.core.service.RemoteJobService.Invalid;
import be.ghelamcoalert.core.service.RemoteJobService.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "update" operation, read by the one strict reader of the device and of 'job validate'. */
class UpdateJobDocumentTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final String HASH = "3f5a9c0e2b7d41e8a6c9f0b1d2e3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5";
    final JobDocumentReader reader =
            new JobDocumentReader(Clock.fixed(Instant.parse("2026-06-20T10:00:00Z"), ZONE), ZONE);

    private static String document(String url, String sha256, String version, String extra) {
        return """
                {"version": 1, "operation": "update", "url": "%s", "sha256": "%s", "releaseVersion": "%s"%s}""".formatted(url, sha256, version, extra);
    }

    @Test
    void readsTheBundlesUrlHashVersionAndWhetherADowngradeIsAllowed() {
        var url =
                "https://bucket.s3.eu-west-1.amazonaws.com/ghelamco-alert-1.5.0.zip?X-Amz-Signature=abc&X-Amz-Expires=3600";

        var read = reader.read(document(url, HASH, "1.5.0", ""), "job-1");
        var downgrade = reader.read(document(url, HASH, "1.3.0", ", \"allowDowngrade\": true"), "job-2");

        assertThat(read)
                .isEqualTo(new Valid(
                        new UpdateRelease(URI.create(url), HASH, ReleaseVersion.of("1.5.0"), false),
                        java.util.Map.of("version", "releaseVersion")));
        assertThat(((Valid) downgrade).command())
                .isEqualTo(new UpdateRelease(URI.create(url), HASH, ReleaseVersion.of("1.3.0"), true));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://bucket.example.com/b.zip | " + HASH + " | 1.5.0 | url | is not in the expected form",
                "file:///etc/passwd | " + HASH + " | 1.5.0 | url | is not in the expected form",
                "https://bucket.example.com/a b.zip | " + HASH + " | 1.5.0 | url | is not in the expected form",
                "https://bucket.example.com/a^b.zip | " + HASH + " | 1.5.0 | url | is not a valid URL",
                "https://bucket.example.com/b.zip | " + "ABC" + " | 1.5.0 | sha256 | is not in the expected form",
                "https://bucket.example.com/b.zip | " + HASH + " | v1.5 | releaseVersion | is not in the expected form"
            })
    void refusesWhatTheKioskCouldNotTakeNamingTheField(
            String url, String sha256, String version, String field, String reason) {
        var read = reader.read(document(url, sha256, version, ""), "job-1");

        assertThat(read).isInstanceOf(Invalid.class);
        assertThat(((Invalid) read).field()).isEqualTo(field);
        assertThat(((Invalid) read).message()).contains(reason);
    }

    @Test
    void refusesAFieldTheOperationDoesNotHave() {
        var read = reader.read(document("https://b.example.com/b.zip", HASH, "1.5.0", ", \"force\": true"), "job-1");

        assertThat(((Invalid) read).field()).isEqualTo("force");
    }
}
