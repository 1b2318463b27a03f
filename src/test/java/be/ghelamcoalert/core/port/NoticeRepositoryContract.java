package be.ghelamcoalert.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the core relies on from a {@link NoticeRepository}. */
public abstract class NoticeRepositoryContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
    private static final EventId MATCH = new EventId("brugge");

    @Test
    void noticesAreListedInTheOrderTheyWereAddedWithTheirTextCodeAndArguments() {
        var moved = NoticeMessage.of(
                NoticeCode.KICKOFF_MOVED,
                "KAA Gent - Club Brugge",
                EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45)),
                LocalDateTime.of(2026, 11, 29, 18, 30),
                LocalTime.of(15, 30));
        long first = store.notices().add(Optional.of(MATCH), moved, AT);
        long second = store.notices().add(Optional.empty(), "the light was tested", AT.plusSeconds(60));

        assertThat(second).isNotEqualTo(first);
        assertThat(store.notices().unseen())
                .containsExactly(
                        new Notice(
                                first,
                                Optional.of(MATCH),
                                moved.english(),
                                Optional.of(moved.reasonCode()),
                                AT,
                                Optional.empty()),
                        new Notice(
                                second,
                                Optional.empty(),
                                "the light was tested",
                                Optional.empty(),
                                AT.plusSeconds(60),
                                Optional.empty()));
    }

    @Test
    void aNoticeIsSeenOnceAndThenNoLongerListed() {
        long id = store.notices().add(Optional.of(MATCH), "kickoff moved", AT);
        long other = store.notices().add(Optional.of(MATCH), "still open", AT);

        assertThat(store.notices().markSeen(id, AT.plusSeconds(5))).isTrue();
        assertThat(store.notices().markSeen(id, AT.plusSeconds(6)))
                .as("already seen")
                .isFalse();
        assertThat(store.notices().markSeen(Math.max(id, other) + 1000, AT))
                .as("no such notice")
                .isFalse();
        assertThat(store.notices().unseen()).extracting(Notice::id).containsExactly(other);
    }

    @Test
    void aCodeOfAnotherFamilyThanNoticeIsRefusedAndAddsNothing() {
        var refusal = ReasonCode.of(ReasonCode.Family.REFUSAL, "EVENT_EXISTS", "id", "gala");

        assertThatThrownBy(() -> store.notices().add(Optional.of(MATCH), "not a notice", Optional.of(refusal), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.notices().unseen()).isEmpty();
    }

    @Test
    void openNoticesOutliveARestart() {
        var cancelled = NoticeMessage.of(NoticeCode.CANCELLED, "KAA Gent - Club Brugge");
        store.notices().add(Optional.of(MATCH), cancelled, AT);

        restart();

        assertThat(store.notices().unseen()).singleElement().satisfies(notice -> {
            assertThat(notice.code()).contains(cancelled.reasonCode());
            assertThat(notice.text()).isEqualTo(cancelled.english());
        });
    }
}
