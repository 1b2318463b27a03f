package be.ghelamcoalert.core.model.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.AlertId;
import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.NightSchedule;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {

    @Test
    void typesWhatAScreenFormatsCountsWholeNumbersAndTurnsIdsAndOtherValuesIntoTheirEnglishText() {
        var code = ReasonCode.of(
                ReasonCode.Family.OUTCOME,
                "ALERT_ADDED",
                "",
                AlertKind.OVERDUE,
                new EventId("gala"),
                new AlertId("gala/extra"),
                3,
                (short) 4,
                LocalTime.of(17, 45),
                NightSchedule.Action.BLANK);

        assertThat(code.args())
                .containsExactly(
                        new MessageArgument.KindOfAlert(AlertKind.OVERDUE),
                        new MessageArgument.Text("gala"),
                        new MessageArgument.Text("gala/extra"),
                        new MessageArgument.Count(3),
                        new MessageArgument.Count(4),
                        new MessageArgument.TimeOfDay(LocalTime.of(17, 45)),
                        new MessageArgument.Text("blank"));
    }

    @Test
    void aRefusalKeepsItsCodeFieldAndArguments() {
        var code = ReasonCode.of(new InvalidCommandException("title", Refusal.TOO_LONG, 120));

        assertThat(code).isEqualTo(ReasonCode.of(ReasonCode.Family.REFUSAL, "TOO_LONG", "title", 120L));
        assertThat(code.isDocumentProblem()).isFalse();
        assertThat(ReasonCode.of(new InvalidCommandException("end", "must be on the same day"))
                        .isDocumentProblem())
                .isTrue();
    }

    @Test
    void refusesACodeThatIsNotOneAndANullArgument() {
        assertThatThrownBy(() -> ReasonCode.of(ReasonCode.Family.OUTCOME, "snoozed", ""))
                .hasMessageContaining("'snoozed'");
        assertThatThrownBy(() -> ReasonCode.of(ReasonCode.Family.OUTCOME, "", ""))
                .hasMessageContaining("reason code");
        assertThatThrownBy(() -> ReasonCode.of(ReasonCode.Family.OUTCOME, "SNOOZED", "", "Gala", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aJobsReasonCodeMustFitHowItEnded() {
        var snoozed = Optional.of(ReasonCode.of(ReasonCode.Family.OUTCOME, "SNOOZED", "", "Gala", LocalTime.NOON));

        assertThat(new JobRecord(
                                "j",
                                1,
                                Instant.EPOCH,
                                "snooze",
                                JobRecord.Outcome.SUCCEEDED,
                                "snoozed Gala until 12:00",
                                snoozed)
                        .reasonCode())
                .isEqualTo(snoozed);
        assertThatThrownBy(
                        () -> new JobRecord("j", 1, Instant.EPOCH, "snooze", JobRecord.Outcome.REJECTED, "x", snoozed))
                .hasMessageContaining("REJECTED")
                .hasMessageContaining("OUTCOME");
        assertThat(new JobRecord("j", 1, Instant.EPOCH, "update", JobRecord.Outcome.IN_PROGRESS, "installed", snoozed)
                        .reasonCode())
                .as("a step taken so far, e.g. an update waiting for its trial")
                .isEqualTo(snoozed);
        assertThatThrownBy(() -> new JobRecord(
                        "j",
                        1,
                        Instant.EPOCH,
                        "snooze",
                        JobRecord.Outcome.IN_PROGRESS,
                        "applying",
                        Optional.of(ReasonCode.of(new InvalidCommandException("x", Refusal.REQUIRED)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobRecord(
                        "j",
                        1,
                        Instant.EPOCH,
                        "snooze",
                        JobRecord.Outcome.FAILED,
                        "failed: x",
                        Optional.of(ReasonCode.of(new InvalidCommandException("x", Refusal.REQUIRED)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
