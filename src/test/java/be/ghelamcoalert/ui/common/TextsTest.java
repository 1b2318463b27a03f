package be.ghelamcoalert.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.testing.TestEvents;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void dutchIsTheDefaultAndEnglishTheSwitch() {
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);
        var at = TestEvents.brussels(2026, 11, 28, 17, 45).toInstant();

        assertThat(texts.get("hero.clearByToday", texts.time(at))).isEqualTo("Parking leeg om 17:45");
        assertThat(texts.day(at)).isEqualTo("za 28 nov");

        texts.toggleLanguage();

        assertThat(texts.locale()).isEqualTo(Texts.ENGLISH);
        assertThat(texts.get("hero.clearByToday", texts.time(at))).isEqualTo("Car park empty by 17:45");
        assertThat(texts.day(at)).isEqualTo("Sat 28 Nov");
    }

    @Test
    void timesAreShownInTheVenuesZoneWhateverTheMachinesZone() {
        var texts = Texts.forLanguage("en", DeadlinePolicy.BRUSSELS);

        assertThat(texts.time(java.time.Instant.parse("2026-07-01T16:45:00Z"))).isEqualTo("18:45");
        assertThat(texts.time(java.time.Instant.parse("2026-12-01T16:45:00Z"))).isEqualTo("17:45");
    }

    @Test
    void aBindingFollowsTheLanguage() {
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);
        var binding = texts.bind("nav.dashboard");
        assertThat(binding.get()).isEqualTo("Overzicht");

        texts.toggleLanguage();

        assertThat(binding.get()).isEqualTo("Overview");
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        var dutch = load("messages.properties");
        var english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames())
                .allSatisfy(key -> assertThat(dutch.getProperty(key)).isNotBlank());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt() {
        var texts = Texts.forLanguage("nl", DeadlinePolicy.BRUSSELS);

        assertThatThrownBy(() -> texts.get("no.such.key")).hasMessageContaining("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/be/ghelamcoalert/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
