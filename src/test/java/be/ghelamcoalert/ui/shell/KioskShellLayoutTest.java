package be.ghelamcoalert.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class KioskShellLayoutTest {

    @Test
    void theThreeDisplayShapes() {
        assertThat(KioskShell.layoutFor(800, 480)).isEqualTo("layout-compact");
        assertThat(KioskShell.layoutFor(720, 1280)).isEqualTo("layout-portrait");
        assertThat(KioskShell.layoutFor(1920, 1080)).isEqualTo("layout-large");
        assertThat(KioskShell.layoutFor(1280, 800)).isEqualTo("layout-compact");
    }

    @Test
    void screensAreNamedAsInTheConfiguration() {
        assertThat(Screen.named("remote-commands")).isEqualTo(Screen.REMOTE_COMMANDS);
        assertThat(Screen.named("dashboard")).isEqualTo(Screen.DASHBOARD);
    }
}
