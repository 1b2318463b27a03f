package be.ghelamcoalert.core.service;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.core.model.command.Refusal;
import be.ghelamcoalert.testing.MutableClock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin screen's settings through the one command service, on the in-memory store (kiosk.yaml's part: SettingsWiringTest). */
class ChangeSettingsTest {
    private static final NightSchedule BLANK_FROM_NINE =
            new NightSchedule(true, LocalTime.of(21, 0), LocalTime.of(7, 0), NightSchedule.Action.BLANK);
    /** As kiosk.yaml configures them: English, night mode 23:00-06:00 dimmed. */
    private static final DeviceSettings CONFIGURED = new DeviceSettings(
            Language.EN, new NightSchedule(true, LocalTime.of(23, 0), LocalTime.of(6, 0), NightSchedule.Action.DIM));

    private final MutableClock clock = MutableClock.at(brussels(2026, 12, 6, 12, 0));
    private final ArrayList<ChangeFeed.Topic> published = new ArrayList<>();
    private KioskCore kiosk = new KioskCore(clock, CONFIGURED);

    @BeforeEach
    void listen() {
        kiosk.changes().subscribe(published::add);
    }

    @Test
    void withNothingStoredTheConfiguredSettingsDecide() {
        var settings = kiosk.queries().settings();

        assertThat(settings.language()).isEqualTo(Language.EN);
        assertThat(settings.nightMode())
                .isEqualTo(new NightSchedule(true, LocalTime.of(23, 0), LocalTime.of(6, 0), NightSchedule.Action.DIM));
    }

    @Test
    void aChangeIsStoredAuditedAnnouncedAndOutlivesARestartOverridingTheFile() {
        var outcome = kiosk.commands().execute(ChangeSettings.nightMode(BLANK_FROM_NINE), Actor.touchScreen());

        assertThat(outcome.kind()).isEqualTo(CommandOutcome.Kind.SETTINGS_CHANGED);
        assertThat(outcome.summary()).isEqualTo("settings changed: night mode on 21:00-07:00 blank");
        assertThat(kiosk.queries().settings().nightMode()).isEqualTo(BLANK_FROM_NINE);
        assertThat(kiosk.queries().settings().language())
                .as("untouched: still the configured")
                .isEqualTo(Language.EN);
        assertThat(published).containsExactly(ChangeFeed.Topic.SETTINGS);
        var audit = kiosk.audit().latest(1).getFirst();
        assertThat(audit.action()).isEqualTo("change-settings");
        assertThat(audit.detail()).isEqualTo("night mode on 21:00-07:00 blank");

        kiosk = kiosk.restarted();

        assertThat(kiosk.queries().settings().nightMode())
                .as("stored, over the configured")
                .isEqualTo(BLANK_FROM_NINE);
        assertThat(kiosk.queries().settings().language()).isEqualTo(Language.EN);
    }

    @Test
    void aLanguageChangeKeepsTheStoredNightModeAndARemoteActorIsAudited() {
        kiosk.commands().execute(ChangeSettings.nightMode(BLANK_FROM_NINE), Actor.touchScreen());

        var outcome = kiosk.commands().execute(ChangeSettings.language(Language.NL), Actor.remoteJob("job-9"));

        assertThat(outcome.kind()).isEqualTo(CommandOutcome.Kind.LANGUAGE_CHANGED);
        assertThat(outcome.args()).containsExactly(new MessageArgument.LanguageName(Language.NL));
        assertThat(outcome.summary()).isEqualTo("language set to nl");
        assertThat(kiosk.queries().settings().language()).isEqualTo(Language.NL);
        assertThat(kiosk.queries().settings().nightMode()).isEqualTo(BLANK_FROM_NINE);
        assertThat(kiosk.audit().latest(1).getFirst().actor()).isEqualTo(Actor.remoteJob("job-9"));
    }

    @Test
    void aNightThatEndsWhenItStartsIsRefusedWithACodeAndChangesNothing() {
        var empty = new NightSchedule(true, LocalTime.of(22, 0), LocalTime.of(22, 0), NightSchedule.Action.DIM);

        assertThatThrownBy(() -> ChangeSettings.nightMode(empty))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.NIGHT_WITHOUT_LENGTH);
                    assertThat(e.field()).isEqualTo("nightMode.until");
                    assertThat(e.args()).containsExactly(new MessageArgument.TimeOfDay(LocalTime.of(22, 0)));
                    assertThat(e.getMessage())
                            .as("English for logs and jobs")
                            .isEqualTo("nightMode.until: must differ from the start of the night (22:00)");
                });
        assertThatThrownBy(() -> new ChangeSettings(Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOTHING_TO_CHANGE));
        assertThat(kiosk.queries().settings().nightMode().from()).isEqualTo(LocalTime.of(23, 0));
        assertThat(published).isEmpty();
    }
}
