package be.ghelamcoalert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@IntegrationTest
class LanguageAndPinScreenTest extends KioskScreenTest {

    @Override
    protected KioskUiContext context() {
        JobHistory jobs = limit -> List.of(new JobRecord(
                "job-7",
                1,
                TestEvents.brussels(2026, 11, 28, 16, 58).toInstant(),
                "snooze",
                JobRecord.Outcome.REJECTED,
                "duration: must be positive"));
        return test.context(language(), jobs, KioskUiContext.noMetrics());
    }

    @Test
    void theLanguageSwitchTurnsEveryScreenIntoEnglishAndBack() {
        assertThat(text("nav-dashboard")).isEqualTo("Overzicht");

        clickOn("#nav-language");

        assertThat(text("hero-headline")).isEqualTo("Car park empty by 17:45");
        assertThat(text("hero-countdown")).isEqualTo("45 min 00 s left");
        assertThat(text("hero-stage")).isEqualTo("LIGHT ON — CLEAR THE CAR PARK");
        assertThat(text("hero-detail").replace('\u00A0', ' ')).contains("Sat 28 Nov", "kickoff 20:45");
        assertThat(text("nav-dashboard")).isEqualTo("Overview");
        assertThat(text("status-light")).isEqualTo("Light off");

        clickOn("#nav-remote-commands");
        assertThat(lookup(".job-operation")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("Snooze");
        assertThat(lookup(".outcome-rejected")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("rejected");

        clickOn("#nav-language");
        assertThat(lookup(".outcome-rejected")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("geweigerd");
        clickOn("#nav-dashboard");
        assertThat(text("hero-headline")).isEqualTo("Parking leeg om 17:45");
    }

    @Test
    void theLightTestNeedsThePinAndSaysWhenThereIsNoLight() {
        clickOn("#light-test");
        clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-9").clickOn("#pin-ok");
        assertThat(text("pin-error")).isEqualTo("Foute code, probeer opnieuw");
        assertThat(shown("feedback")).as("no command was sent").isFalse();

        clickOn("#pin-cancel");
        clickOn("#light-test");
        clickOn("#pin-1").clickOn("#pin-3").clickOn("#pin-5").clickOn("#pin-7").clickOn("#pin-ok");

        assertThat(text("feedback")).isEqualTo("Niet gelukt: Deze kiosk heeft geen alarmlicht");
        test.clock.advance(Duration.ofSeconds(20));
        tick();
        assertThat(shown("feedback")).as("the message fades").isFalse();
    }

    @Test
    void fiveWrongPinsLockTheGateForFiveMinutes() {
        clickOn("#light-test");
        for (int i = 0; i < 5; i++) {
            clickOn("#pin-1")
                    .clickOn("#pin-1")
                    .clickOn("#pin-1")
                    .clickOn("#pin-1")
                    .clickOn("#pin-ok");
        }
        assertThat(text("pin-error")).isEqualTo("Te veel foute codes: opnieuw om 17:05");

        clickOn("#pin-1").clickOn("#pin-3").clickOn("#pin-5").clickOn("#pin-7").clickOn("#pin-ok");
        assertThat(text("pin-error")).startsWith("Te veel foute codes");

        test.clock.advance(Duration.ofMinutes(5));
        clickOn("#pin-1").clickOn("#pin-3").clickOn("#pin-5").clickOn("#pin-7").clickOn("#pin-ok");
        assertThat(text("feedback")).contains("geen alarmlicht");
    }

    @Test
    void theMetricsScreenSaysThereIsNoDataYet() {
        clickOn("#nav-metrics");

        assertThat(text("metrics-empty")).startsWith("Nog geen gegevens");
    }
}
