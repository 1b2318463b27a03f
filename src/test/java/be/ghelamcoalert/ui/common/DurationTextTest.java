package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Countdowns and ages read in the screen's language, units included. */
class DurationTextTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final Texts dutch = Texts.forLanguage("nl", BRUSSELS);
    private final Texts english = Texts.forLanguage("en", BRUSSELS);

    @Test
    void secondsOnlyInTheLastHour() {
        var units = english.durations();
        assertThat(units.of(Duration.ofMinutes(134))).isEqualTo("2 h 14 min");
        assertThat(units.of(Duration.ofSeconds(3593))).isEqualTo("59 min 53 s");
        assertThat(units.of(Duration.ofHours(46))).isEqualTo("1 d 22 h");
        assertThat(units.of(Duration.ofSeconds(-303))).isEqualTo("-5 min 03 s");
        assertThat(units.of(Duration.ofSeconds(-3600 * 26))).isEqualTo("-1 d 2 h");
    }

    @Test
    void listsCountToTheMinute() {
        var units = english.durations();
        assertThat(units.toMinute(Duration.ofSeconds(3593))).isEqualTo("59 min");
        assertThat(units.toMinute(Duration.ofMinutes(134))).isEqualTo("2 h 14 min");
        assertThat(units.toMinute(Duration.ofSeconds(-303))).isEqualTo("-5 min");
        assertThat(units.toMinute(Duration.ZERO)).isEqualTo("0 min");
    }

    @Test
    void theDutchScreenCountsInDutchUnits() {
        var units = dutch.durations();
        assertThat(units.of(Duration.ofMinutes(134))).isEqualTo("2 u 14 min");
        assertThat(units.of(Duration.ofHours(61))).isEqualTo("2 d 13 u");
        assertThat(units.of(Duration.ofSeconds(65))).isEqualTo("1 min 05 s");
        assertThat(units.toMinute(Duration.ofMinutes(125))).isEqualTo("2 u 05 min");
    }

    @Test
    void theUnitsFollowTheLanguageSwitch() {
        var texts = Texts.forLanguage("nl", BRUSSELS);
        assertThat(texts.durations().of(Duration.ofMinutes(61))).isEqualTo("1 u 01 min");

        texts.toggleLanguage();

        assertThat(texts.durations().of(Duration.ofMinutes(61))).isEqualTo("1 h 01 min");
    }
}
