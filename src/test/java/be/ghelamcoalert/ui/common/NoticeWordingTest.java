package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.Notice;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.ReasonCode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every lobby notice the core can make has a Dutch and an English text that asks for no argument
 * the core does not give, and the screen words a stored notice in its own language.
 */
class NoticeWordingTest {
    private static final EventStart SATURDAY = EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45));
    private static final EventStart SUNDAY = EventStart.at(LocalDate.of(2026, 11, 29), LocalTime.of(18, 30));

    @ParameterizedTest
    @EnumSource(NoticeCode.class)
    void everyNoticeHasADutchAndAnEnglishText(NoticeCode code) throws IOException {
        var arguments = Bundles.arguments(code.englishTemplate());
        for (var bundle : Bundles.BOTH) {
            var text = Bundles.load(bundle).getProperty("notice." + code.name());
            assertThat(text).as(bundle + " notice." + code.name()).isNotBlank();
            assertThat(Bundles.arguments(text))
                    .as(bundle + " notice." + code.name() + " uses no argument the core does not give")
                    .isLessThanOrEqualTo(arguments);
            assertThat(text)
                    .as(bundle + " notice." + code.name() + " names the event")
                    .contains("{0}");
        }
    }

    @Test
    void aMovedKickoffReadsNaturallyInDutchAndAsTheStoredTextInEnglish() {
        var moved = notice(NoticeMessage.of(
                NoticeCode.KICKOFF_MOVED, "KAA Gent - Club Brugge", SATURDAY, SUNDAY, LocalTime.of(15, 30)));
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);

        assertThat(texts.notice(moved))
                .isEqualTo(
                        "KAA Gent - Club Brugge: aftrap verplaatst van za 28 nov 20:45 naar zo 29 nov 18:30 — parking leeg om 15:30");

        texts.toggleLanguage();

        assertThat(texts.notice(moved))
                .isEqualTo(
                        "KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30")
                .isEqualTo(moved.text());
    }

    @Test
    void aKickoffWhoseTimeIsNotKnownAndADeadlineOnAnotherDaySayTheirDay() {
        var tbc = EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29));
        var provisional = notice(NoticeMessage.of(
                NoticeCode.KICKOFF_MOVED_PROVISIONAL, "KAA Gent - Standard", SATURDAY, tbc, LocalTime.of(9, 30)));
        var early = notice(NoticeMessage.of(
                NoticeCode.KICKOFF_SET,
                "Nachtconcert",
                EventStart.at(LocalDate.of(2026, 11, 29), LocalTime.of(1, 0)),
                LocalDateTime.of(2026, 11, 28, 22, 0)));
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);

        assertThat(texts.notice(provisional))
                .isEqualTo("KAA Gent - Standard: aftrap verplaatst van za 28 nov 20:45 naar "
                        + "zo 29 nov (uur nog niet bekend) — parking voorlopig leeg om 09:30");
        assertThat(texts.notice(early))
                .isEqualTo("Nachtconcert: aftrap vastgelegd op zo 29 nov 01:00 — parking leeg om za 28 nov 22:00");

        texts.toggleLanguage();

        assertThat(texts.notice(provisional))
                .isEqualTo("KAA Gent - Standard: kickoff moved Sat 28 Nov 20:45 → "
                        + "Sun 29 Nov (time TBC), clear the car park by 09:30 (provisional)");
        assertThat(texts.notice(early))
                .isEqualTo(early.text())
                .isEqualTo("Nachtconcert: kickoff set for Sun 29 Nov 01:00, clear the car park by Sat 28 Nov 22:00");
    }

    @Test
    void aNoticeWithoutACodeOrWithACodeThisVersionDoesNotKnowShowsItsStoredText() {
        var old = new Notice(
                1, Optional.empty(), "Gala is cancelled: no car-park deadline", Instant.EPOCH, Optional.empty());
        var newer = new Notice(
                2,
                Optional.empty(),
                "Gala is on fire",
                Optional.of(ReasonCode.of(ReasonCode.Family.NOTICE, "ON_FIRE", "", "Gala")),
                Instant.EPOCH,
                Optional.empty());
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);

        assertThat(texts.notice(old)).isEqualTo("Gala is cancelled: no car-park deadline");
        assertThat(texts.notice(newer)).isEqualTo("Gala is on fire");
    }

    private static Notice notice(NoticeMessage message) {
        return new Notice(
                7,
                Optional.empty(),
                message.english(),
                Optional.of(message.reasonCode()),
                Instant.EPOCH,
                Optional.empty());
    }
}
