package be.ghelamcoalert.ui.dashboard;

import static be.ghelamcoalert.ui.UiTestKiosk.BRUGGE;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventKind;
import be.ghelamcoalert.core.model.EventOverview;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.EventStatus;
import be.ghelamcoalert.testing.IntegrationTest;
import be.ghelamcoalert.testing.TestEvents;
import be.ghelamcoalert.ui.UiTestKiosk;
import be.ghelamcoalert.ui.common.Texts;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an event's kickoff and alert chips read, on a real kiosk (the Brugge match of Saturday 28 November, 20:45). */
@IntegrationTest
class EventTextsTest {
    private static final EventId CONCERT = new EventId("concert");

    @TempDir
    Path dataDir;

    private UiTestKiosk test;
    private final Texts texts = Texts.forLanguage("nl", java.time.ZoneId.of("Europe/Brussels"));
    private final EventTexts words = new EventTexts(texts);

    @BeforeEach
    void open() {
        test = new UiTestKiosk(dataDir);
        test.store(new Event(
                CONCERT,
                "Zomerconcert",
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                "",
                EventStart.at(UiTestKiosk.MATCH_DAY.plusDays(3), LocalTime.of(19, 30)),
                Optional.empty(),
                EventStatus.SCHEDULED,
                "custom",
                false));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aChipNamesTheDayWhenTheAlertIsNotOnTheEventsDay() {
        assertThat(words.chips(overview(BRUGGE)))
                .extracting(EventRow.Chip::text)
                .containsExactly("Melding vr 27 nov 17:45", "Licht 16:45", "Te laat 17:45");

        texts.toggleLanguage();

        assertThat(words.chips(overview(BRUGGE)))
                .extracting(EventRow.Chip::text)
                .containsExactly("Notice Fri 27 Nov 17:45", "Light 16:45", "Overdue 17:45");
    }

    @Test
    void aChipStyledByItsStateAndACancelledAlertHasNone() {
        var alerts = test.kiosk.alerts().forEvent(BRUGGE);
        test.kiosk
                .database()
                .run(() -> test.kiosk.alerts().save(alerts.getLast().withCancelled(true)));

        assertThat(words.chips(overview(BRUGGE)))
                .extracting(EventRow.Chip::style)
                .containsExactly("chip-active", "chip-active");
    }

    @Test
    void afterAnEarlyKickoffTheLightAndTheDeadlineOfTheEveningBeforeShowTheirDay() {
        test.store(TestEvents.homeMatch("night", UiTestKiosk.MATCH_DAY.plusDays(7), LocalTime.of(1, 0)));

        assertThat(words.chips(overview(new EventId("night"))))
                .extracting(EventRow.Chip::text)
                .containsExactly("Melding do 3 dec 22:00", "Licht vr 4 dec 21:00", "Te laat vr 4 dec 22:00");
    }

    @Test
    void aCustomEventsNoticeOfTheDayBeforeShowsItsDay() {
        assertThat(words.chips(overview(CONCERT)))
                .extracting(EventRow.Chip::text)
                .first()
                .asString()
                .startsWith("Melding ma 30 nov ");
    }

    @Test
    void aCustomEventStartsWhereAMatchKicksOff() {
        assertThat(words.kickoff(overview(BRUGGE))).isEqualTo("aftrap 20:45");
        assertThat(words.kickoff(overview(CONCERT))).isEqualTo("begin 19:30");

        texts.toggleLanguage();

        assertThat(words.kickoff(overview(BRUGGE))).isEqualTo("kickoff 20:45");
        assertThat(words.kickoff(overview(CONCERT))).isEqualTo("starts 19:30");
    }

    @Test
    void aCustomEventSaysUntilWhenAndWhenThatIsTheNextDay() {
        test.store(custom("evening", LocalTime.of(19, 30), LocalTime.of(23, 0)));
        test.store(custom("night", LocalTime.of(22, 0), LocalTime.of(1, 0)));

        assertThat(words.kickoff(overview(new EventId("evening")))).isEqualTo("begin 19:30, tot 23:00");
        assertThat(words.kickoff(overview(new EventId("night")))).isEqualTo("begin 22:00, tot 01:00 (volgende dag)");

        texts.toggleLanguage();

        assertThat(words.kickoff(overview(new EventId("night")))).isEqualTo("starts 22:00, until 01:00 (next day)");
    }

    private static Event custom(String id, LocalTime start, LocalTime end) {
        return new Event(
                new EventId(id),
                "Gala " + id,
                EventKind.CUSTOM,
                Optional.empty(),
                Optional.empty(),
                "",
                EventStart.at(UiTestKiosk.MATCH_DAY.plusDays(4), start),
                Optional.of(end),
                EventStatus.SCHEDULED,
                "custom",
                false);
    }

    private EventOverview overview(EventId id) {
        return test.kiosk.queries().event(id).orElseThrow();
    }
}
