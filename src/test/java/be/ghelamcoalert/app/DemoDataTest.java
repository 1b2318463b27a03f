package be.ghelamcoalert.app;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.AlertState;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventStage;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class DemoDataTest {
    @TempDir
    Path dataDir;

    @Test
    void aNewcomerSeesTheFirstLightWithinAMinuteAndAMatchWithTimeTbc() {
        var clock = MutableClock.at(brussels(2026, 11, 26, 17, 40));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());

            var upcoming = kiosk.queries().upcoming();
            assertThat(upcoming).hasSizeGreaterThanOrEqualTo(4);
            assertThat(upcoming)
                    .anySatisfy(o -> assertThat(o.deadline().provisional()).isTrue());
            assertThat(upcoming).anySatisfy(o -> assertThat(o.event().kind()).isEqualTo(EventKind.CUSTOM));
            assertThat(upcoming.getFirst().stage()).isEqualTo(EventStage.TODAY);

            clock.advance(Duration.ofMinutes(1));
            var first = kiosk.queries().upcoming().getFirst();
            assertThat(first.stage()).isEqualTo(EventStage.LIGHT_ON);
            assertThat(first.alerts()).anySatisfy(a -> assertThat(a.state()).isEqualTo(AlertState.ACTIVE));
        }
    }

    @Test
    void seedingAgainReplacesTheOldDemoEvents() {
        var clock = MutableClock.at(brussels(2026, 11, 26, 17, 40));
        try (var kiosk = Kiosk.open(KioskConfig.defaults(), clock, dataDir)) {
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
            clock.advance(Duration.ofDays(1));
            DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());

            assertThat(kiosk.events().all())
                    .hasSize(DemoData.events(clock, kiosk.planning().planner().deadlines())
                            .size());
        }
    }
}
