package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.command.Failure;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.core.model.command.Wording;
import be.ghelamcoalert.core.service.CommandOutcome;
import java.io.IOException;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the screen, in both languages, and every English template of the core is a
 * {@link MessageFormat} pattern that words 0, 1 and 2 of a counted thing right: each is formatted
 * with those counts where it has a {@code choice}, and with a marked text for every other argument.
 */
class MessagePluralsTest {
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(Bundles.load(Bundles.BOTH[0]).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        Bundles.load(Bundles.BOTH[1]).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyTextIsWordedWithZeroOneAndTwo(String bundle) throws IOException {
        Properties texts = Bundles.load(bundle);
        var locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("nl-BE");
        assertThat(texts.stringPropertyNames()).hasSizeGreaterThan(100);
        for (var key : texts.stringPropertyNames()) {
            walk(bundle + " " + key, texts.getProperty(key), locale);
        }
    }

    @Test
    void everyEnglishTemplateOfTheCoreIsWordedWithZeroOneAndTwo() {
        var templates = new ArrayList<String>();
        Stream.of(Refusal.values()).forEach(r -> templates.add(r.englishTemplate()));
        Stream.of(CommandOutcome.Kind.values()).forEach(k -> templates.add(k.englishTemplate()));
        Stream.of(NoticeCode.values()).forEach(c -> templates.add(c.englishTemplate()));
        Stream.of(Failure.values()).forEach(f -> templates.add(f.englishTemplate()));
        for (var template : templates) {
            walk("English " + template, template, Locale.ENGLISH);
        }
    }

    @Test
    void theWalkFindsACountThatDoesNotChangeItsWords() {
        var failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> walk("broken", "{0,choice,0#{0} alerts|1<{0} alerts}", Locale.ENGLISH));

        assertThat(failure).as("one alert and two alerts read the same").isInstanceOf(AssertionError.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> walk("quote", "it's {0}", Locale.ENGLISH)))
                .as("a single quote MessageFormat would drop")
                .isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nl | 0 | Concert aangemaakt op ma 30 nov om 19:05, met geen meldingen",
                "nl | 1 | Concert aangemaakt op ma 30 nov om 19:05, met 1 melding",
                "nl | 2 | Concert aangemaakt op ma 30 nov om 19:05, met 2 meldingen",
                "en | 0 | Created Concert on Mon 30 Nov at 19:05, with no alerts",
                "en | 1 | Created Concert on Mon 30 Nov at 19:05, with 1 alert",
                "en | 2 | Created Concert on Mon 30 Nov at 19:05, with 2 alerts"
            })
    void aCreatedEventSaysHowManyAlertsInEitherLanguage(String language, long alerts, String expected) {
        var texts = Texts.forLanguage(language, BRUSSELS);
        var created = CommandOutcome.of(
                be.ghelamcoalert.core.model.command.RunLightTest.configured(),
                CommandOutcome.Kind.CREATED,
                "Concert",
                java.time.LocalDate.of(2026, 11, 30),
                java.time.LocalTime.of(19, 5),
                alerts);

        assertThat(texts.outcome(created)).isEqualTo(expected);
        assertThat(created.summary())
                .endsWith(
                        switch ((int) alerts) {
                            case 0 -> "with no alerts";
                            case 1 -> "with 1 alert";
                            default -> "with 2 alerts";
                        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nl | 1 | Dat loopt voorbij de deadline voor de parking om 17:45; er blijft hoogstens 1 minuut",
                "nl | 2 | Dat loopt voorbij de deadline voor de parking om 17:45; er blijven hoogstens 2 minuten",
                "en | 1 | That would reach past the car-park deadline at 17:45; at most 1 minute is left",
                "en | 2 | That would reach past the car-park deadline at 17:45; at most 2 minutes are left"
            })
    void aRefusalCountsItsMinutesInEitherLanguage(String language, long minutes, String expected) {
        var refused = new be.ghelamcoalert.core.model.command.InvalidCommandException(
                "duration", Refusal.SNOOZE_PAST_DEADLINE, java.time.LocalTime.of(17, 45), minutes);

        assertThat(Texts.forLanguage(language, BRUSSELS).refusal(refused)).isEqualTo(expected);
        assertThat(refused.reason())
                .isEqualTo("would reach past the car-park deadline at 17:45; at most " + minutes
                        + (minutes == 1 ? " minute is left" : " minutes are left"));
    }

    @Test
    void theEnglishWordingKeepsACountANumber() {
        assertThat(Wording.english(
                        "{0,choice,0#nothing|1#{0} thing|1<{0} things}", List.of(new MessageArgument.Count(1))))
                .isEqualTo("1 thing");
    }

    /** A text argument without digits, so that a count's digits stand out: ‹a›, ‹b›, ... */
    private static String marked(int argument) {
        return "‹" + (char) ('a' + argument) + "›";
    }

    /**
     * Formats {@code text} with 0, 1 and 2 for each counted argument and a marked text for each other
     * one; every marked text shows up, no placeholder is left, and where there is a count the words
     * for one differ from the words for two.
     */
    private static void walk(String name, String text, Locale locale) {
        assertThat(LONE_QUOTE.matcher(text).find())
                .as(name + ": a single quote must be doubled ('')")
                .isFalse();
        var format = new MessageFormat(text, locale);
        var formats = format.getFormatsByArgumentIndex();
        var counted = new ArrayList<Integer>();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat) {
                counted.add(i);
            }
        }
        var worded = new ArrayList<String>();
        for (long n = 0; n <= 2; n++) {
            var args = new Object[formats.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = counted.contains(i) ? (Object) n : marked(i);
            }
            var result = format.format(args);
            assertThat(result).as(name + " with " + n).doesNotContain("{", "}");
            for (int i = 0; i < args.length; i++) {
                if (!counted.contains(i) && text.contains("{" + i + "}")) {
                    assertThat(result)
                            .as(name + " with " + n + " shows argument " + i)
                            .contains(marked(i));
                }
            }
            worded.add(result);
        }
        if (!counted.isEmpty()) {
            assertThat(worded.get(1).replace('1', '#'))
                    .as(name + ": one and two differ in more than the number")
                    .isNotEqualTo(worded.get(2).replace('2', '#'));
            assertThat(worded.get(1)).as(name + " with 1").contains("1");
            assertThat(worded.get(2)).as(name + " with 2").contains("2");
        }
    }
}
