package be.ghelamcoalert.ui.shell;

import static org.assertj.core.api.Assertions.assertThatCode;

import be.ghelamcoalert.testing.IntegrationTest;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

@IntegrationTest
class WarmUpTest extends FxRobot {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void stylesAndLaysOutOffScreenAndLeavesNoWindowBehind() {
        int windowsBefore = Window.getWindows().size();

        assertThatCode(() -> interact(WarmUp::run)).doesNotThrowAnyException();

        org.assertj.core.api.Assertions.assertThat(Window.getWindows()).hasSize(windowsBefore);
    }
}
