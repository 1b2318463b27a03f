package be.ghelamcoalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeMessageTest {
    private static final EventStart SATURDAY = EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45));
    private static final EventStart SUNDAY_TBC = EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29));

    @Test
    void theCodeKeepsKickoffsDatesAndTimesTypedForTheScreenAndTheEnglishTextWordsThem() {
        var moved = NoticeMessage.of(
                NoticeCode.KICKOFF_MOVED_PROVISIONAL,
                "KAA Gent - Standard",
                SATURDAY,
                SUNDAY_TBC,
                LocalDateTime.of(2026, 11, 29, 9, 30));

        assertThat(moved.reasonCode())
                .isEqualTo(ReasonCode.of(
                        ReasonCode.Family.NOTICE,
                        "KICKOFF_MOVED_PROVISIONAL",
                        "",
                        "KAA Gent - Standard",
                        SATURDAY,
                        SUNDAY_TBC,
                        LocalDateTime.of(2026, 11, 29, 9, 30)));
        assertThat(moved.english())
                .isEqualTo("KAA Gent - Standard: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov (time TBC), "
                        + "clear the car park by Sun 29 Nov 09:30 (provisional: time TBC)");
    }

    @Test
    void aNoticeOnlyTakesACodeOfTheNoticeFamily() {
        var outcome = ReasonCode.of(ReasonCode.Family.OUTCOME, "CANCELLED", "", "Gala");

        assertThatThrownBy(() ->
                        new Notice(1, Optional.empty(), "Gala", Optional.of(outcome), Instant.EPOCH, Optional.empty()))
                .hasMessageContaining("family NOTICE");
        var cancelled = NoticeMessage.of(NoticeCode.CANCELLED, "Gala");
        assertThat(new Notice(
                                1,
                                Optional.empty(),
                                cancelled.english(),
                                Optional.of(cancelled.reasonCode()),
                                Instant.EPOCH,
                                Optional.empty())
                        .code())
                .contains(cancelled.reasonCode());
    }
}
