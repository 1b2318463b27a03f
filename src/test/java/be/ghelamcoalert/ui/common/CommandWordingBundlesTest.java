package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.ReasonCode;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.RunLightTest;
import be.ghelamcoalert.core.service.CommandOutcome;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal code and every outcome the core can report has a Dutch and an English text, and
 * neither asks for an argument the core does not give. A new code without its texts fails here.
 */
class CommandWordingBundlesTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasADutchAndAnEnglishText(Refusal refusal) throws IOException {
        // {0} is always the field, whether the English wording (which puts it in front) uses it or not.
        var arguments = Math.max(1, Bundles.arguments(refusal.englishTemplate()));
        for (var bundle : Bundles.BOTH) {
            var text = Bundles.load(bundle).getProperty("refusal." + refusal.name());
            assertThat(text).as(bundle + " refusal." + refusal.name()).isNotBlank();
            assertThat(Bundles.arguments(text))
                    .as(bundle + " refusal." + refusal.name() + " uses no argument the core does not give")
                    .isLessThanOrEqualTo(arguments);
        }
    }

    @ParameterizedTest
    @EnumSource(CommandOutcome.Kind.class)
    void everyOutcomeHasADutchAndAnEnglishText(CommandOutcome.Kind kind) throws IOException {
        var arguments = Bundles.arguments(kind.englishTemplate());
        for (var bundle : Bundles.BOTH) {
            var text = Bundles.load(bundle).getProperty("outcome." + kind.name());
            assertThat(text).as(bundle + " outcome." + kind.name()).isNotBlank();
            assertThat(Bundles.arguments(text))
                    .as(bundle + " outcome." + kind.name())
                    .isLessThanOrEqualTo(arguments);
        }
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void everyFailureHasADutchAndAnEnglishText(Failure failure) throws IOException {
        var arguments = Bundles.arguments(failure.englishTemplate());
        for (var bundle : Bundles.BOTH) {
            var text = Bundles.load(bundle).getProperty("failure." + failure.name());
            assertThat(text).as(bundle + " failure." + failure.name()).isNotBlank();
            assertThat(Bundles.arguments(text))
                    .as(bundle + " failure." + failure.name())
                    .isLessThanOrEqualTo(arguments);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void aJobsUnexpectedFailureAndAJobDocumentsOwnProblemHaveATextWithTheirDetail(String bundle) throws IOException {
        var texts = Bundles.load(bundle);
        assertThat(texts.getProperty("failure." + ReasonCode.UNEXPECTED))
                .as(bundle)
                .contains("{0}");
        assertThat(texts.getProperty("jobs.reason.invalidDocument")).as(bundle).contains("{0}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aRefusalIsRenderedWithTheFieldNameAndLocalFormats(String language) {
        var texts = Texts.forLanguage(language, BRUSSELS);
        var empty = new InvalidCommandException("title", Refusal.EMPTY);
        var late = new InvalidCommandException("duration", Refusal.SNOOZE_PAST_DEADLINE, LocalTime.of(17, 45), 12L);

        assertThat(texts.refusal(empty))
                .isEqualTo(language.equals("nl") ? "De naam mag niet leeg zijn" : "The name must not be empty");
        assertThat(texts.refusal(late)).contains("17:45", "12").doesNotContain("{");
        assertThat(texts.refusal(new InvalidCommandException("mystery", Refusal.REQUIRED)))
                .as("a field without a name of its own is shown as it is")
                .startsWith("mystery");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void anOutcomeIsRenderedInTheLanguageWithDaysTimesAndKinds(String language) {
        var texts = Texts.forLanguage(language, BRUSSELS);
        var moved = CommandOutcome.of(
                RunLightTest.configured(),
                CommandOutcome.Kind.ALERT_MOVED,
                AlertKind.WARNING,
                "KAA Gent - Club Brugge",
                LocalDateTime.of(2026, 11, 28, 17, 55));
        var created = CommandOutcome.of(
                RunLightTest.configured(),
                CommandOutcome.Kind.CREATED,
                "Concert",
                LocalDate.of(2026, 11, 30),
                LocalTime.of(19, 5),
                3);

        assertThat(texts.outcome(moved))
                .isEqualTo(
                        language.equals("nl")
                                ? "Melding \"licht\" van KAA Gent - Club Brugge verplaatst naar za 28 nov 17:55"
                                : "Moved the \"light\" alert of KAA Gent - Club Brugge to Sat 28 Nov 17:55");
        assertThat(moved.summary())
                .as("English for the audit log and jobs, whatever the screen speaks")
                .isEqualTo("moved warning alert of KAA Gent - Club Brugge to 2026-11-28 17:55");
        assertThat(texts.outcome(created)).contains("Concert", "19:05", "3").doesNotContain("{");
        assertThat(texts.outcome(CommandOutcome.of(
                        RunLightTest.configured(), CommandOutcome.Kind.LANGUAGE_CHANGED, Language.EN)))
                .endsWith("English");
    }
}
