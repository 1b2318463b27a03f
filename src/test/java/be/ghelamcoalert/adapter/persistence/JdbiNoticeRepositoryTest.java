package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class JdbiNoticeRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-24T16:04:00Z");
    private static final EventId BRUGGE = new EventId("src-club-brugge");

    @TempDir
    Path dataDir;

    @Test
    void aCodedNoticeKeepsItsCodeArgumentsAndEnglishTextAcrossARestart() {
        var moved = NoticeMessage.of(
                NoticeCode.KICKOFF_MOVED,
                "KAA Gent - Club Brugge",
                EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45)),
                EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29)),
                LocalDateTime.of(2026, 11, 29, 9, 30));
        var set = NoticeMessage.of(
                NoticeCode.KICKOFF_SET,
                "KAA Gent - Standard",
                EventStart.at(LocalDate.of(2026, 12, 5), LocalTime.of(18, 15)),
                LocalTime.of(15, 15));
        try (var database = Database.open(dataDir)) {
            var notices = new JdbiNoticeRepository(database);
            notices.add(Optional.of(BRUGGE), moved, AT);
            notices.add(Optional.empty(), set, AT.plusSeconds(60));
        }

        try (var database = Database.open(dataDir)) {
            assertThat(new JdbiNoticeRepository(database).unseen())
                    .satisfiesExactly(
                            first -> {
                                assertThat(first.code()).contains(moved.reasonCode());
                                assertThat(first.code().orElseThrow().args())
                                        .as("typed: kickoffs known and TBC, a deadline on another day")
                                        .containsExactly(
                                                new MessageArgument.Text("KAA Gent - Club Brugge"),
                                                new MessageArgument.Kickoff(EventStart.at(
                                                        LocalDate.of(2026, 11, 28), LocalTime.of(20, 45))),
                                                new MessageArgument.Kickoff(
                                                        EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29))),
                                                new MessageArgument.DayAndTime(LocalDateTime.of(2026, 11, 29, 9, 30)));
                                assertThat(first.text())
                                        .isEqualTo(moved.english())
                                        .startsWith("KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45");
                                assertThat(first.eventId()).contains(BRUGGE);
                                assertThat(first.createdAt()).isEqualTo(AT);
                            },
                            second -> {
                                assertThat(second.code()).contains(set.reasonCode());
                                assertThat(second.eventId()).isEmpty();
                            });
        }
    }

    @Test
    void aNoticeWithOnlyATextHasNoCode() {
        try (var database = Database.open(dataDir)) {
            var notices = new JdbiNoticeRepository(database);
            long id = notices.add(Optional.of(BRUGGE), "Aftrap verplaatst naar 20:45", AT);

            assertThat(notices.unseen()).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(id);
                assertThat(n.text()).isEqualTo("Aftrap verplaatst naar 20:45");
                assertThat(n.code()).isEmpty();
            });
            assertThat(notices.markSeen(id, AT.plusSeconds(5))).isTrue();
            assertThat(notices.markSeen(id, AT.plusSeconds(6))).as("seen once").isFalse();
            assertThat(notices.unseen()).isEmpty();
        }
    }

    @Test
    void aStoredCodeThatCannotBeReadFallsBackToTheEnglishText() {
        try (var database = Database.open(dataDir)) {
            database.jdbi()
                    .useHandle(h -> h.execute(
                            "INSERT INTO notices (text, code, args, created_at) VALUES "
                                    + "('Gala is cancelled: no car-park deadline', 'CANCELLED', '[{\"moonPhase\": \"full\"}]', ?)",
                            AT.atOffset(java.time.ZoneOffset.UTC)));

            assertThat(new JdbiNoticeRepository(database).unseen())
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.text()).isEqualTo("Gala is cancelled: no car-park deadline");
                        assertThat(n.code())
                                .as("a newer version's argument type")
                                .isEmpty();
                    });
        }
    }

    @Test
    void aCodeWithoutArgumentsOrTheOtherWayRoundIsRefusedByTheStore() {
        try (var database = Database.open(dataDir)) {
            assertThatThrownBy(() -> database.jdbi()
                            .useHandle(h -> h.execute(
                                    "INSERT INTO notices (text, code, created_at) VALUES ('x', 'CANCELLED', ?)",
                                    AT.atOffset(java.time.ZoneOffset.UTC))))
                    .hasMessageContaining("NOTICE_CODE_WHOLE");
        }
    }

    @Test
    void aCommandsReasonIsNotANoticeAndChangesNothing() {
        try (var database = Database.open(dataDir)) {
            var notices = new JdbiNoticeRepository(database);
            var outcome = ReasonCode.of(ReasonCode.Family.OUTCOME, "SNOOZED", "", "Gala", LocalTime.NOON);

            assertThatThrownBy(
                            () -> notices.add(Optional.empty(), "snoozed Gala until 12:00", Optional.of(outcome), AT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("family NOTICE");
            assertThat(notices.unseen()).isEmpty();
        }
    }

    @Test
    void anOverlongTitleIsCutInTheTextAndTheArguments() {
        var title = "Gala ".repeat(100);
        try (var database = Database.open(dataDir)) {
            var notices = new JdbiNoticeRepository(database);
            notices.add(Optional.empty(), NoticeMessage.of(NoticeCode.CANCELLED, title), AT);

            assertThat(notices.unseen()).singleElement().satisfies(n -> {
                assertThat(n.text()).hasSize(400);
                assertThat(n.code().orElseThrow().args())
                        .singleElement()
                        .isInstanceOfSatisfying(
                                MessageArgument.Text.class,
                                text -> assertThat(text.value()).hasSize(400));
            });
        }
    }
}
