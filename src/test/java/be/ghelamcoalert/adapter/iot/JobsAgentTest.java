package be.ghelamcoalert.adapter.iot;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobLedger;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the agent hands to and takes from the SDK. */
@IntegrationTest
class JobsAgentTest {

    @Test
    void statusDetailsNameTheFieldOfARejectionAndHoldNoControlCharacters() {
        var rejected = new JobLedger.Entry(
                new JobRecord(
                        "j",
                        1,
                        Instant.EPOCH,
                        "snooze",
                        JobRecord.Outcome.REJECTED,
                        "duration: must be\npositive" + "x".repeat(2000)),
                "duration");
        var succeeded = new JobLedger.Entry(
                new JobRecord(
                        "j",
                        2,
                        Instant.EPOCH,
                        "confirm",
                        JobRecord.Outcome.SUCCEEDED,
                        "car park confirmed clear for Gala"),
                "");

        var details = JobsAgent.statusDetails(rejected);
        assertThat(details).containsEntry("field", "duration").containsEntry("operation", "snooze");
        assertThat(details.get("reason"))
                .startsWith("duration: must be positive")
                .hasSize(1000);
        assertThat(JobsAgent.statusDetails(succeeded))
                .containsOnlyKeys("operation", "summary")
                .containsEntry("summary", "car park confirmed clear for Gala");
    }
}
