package be.ghelamcoalert.ui;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

@IntegrationTest
class MetricsScreenTest extends KioskScreenTest {

    @Override
    protected KioskUiContext context() {
        var windows = new ArrayList<MetricWindow>();
        var start = brussels(2026, 11, 21, 0, 0).toInstant();
        for (var at = start; at.isBefore(test.clock.instant()); at = at.plus(Duration.ofMinutes(5))) {
            int hour = at.atZone(test.clock.getZone()).getHour();
            boolean online = hour != 3;
            windows.add(new MetricWindow(
                    at,
                    Duration.ofMinutes(5),
                    Map.of(
                            MetricNames.CLOUD_ONLINE_SECONDS, online ? 300.0 : 0.0,
                            MetricNames.HEARTBEATS, online ? 5.0 : 0.0,
                            MetricNames.RELAY_ON_SECONDS, hour == 16 ? 300.0 : 0.0,
                            MetricNames.IMPORTS_OK, at.getEpochSecond() % 3600 == 0 ? 1.0 : 0.0,
                            MetricNames.SNOOZES, hour == 16 && at.getEpochSecond() % 3600 == 0 ? 1.0 : 0.0)));
        }
        List<MetricWindow> stored = List.copyOf(windows);
        return test.context(
                language(),
                JobHistory.none(),
                (from, to) -> stored.stream()
                        .filter(w -> !w.start().isBefore(from) && w.start().isBefore(to))
                        .toList());
    }

    @Test
    void chartsAreDrawnFromTheStoredWindows() {
        clickOn("#nav-metrics");

        assertThat(lookup(".metric-chart").queryAll()).hasSize(2);
        assertThat(lookup("#metric-summary").queryAs(Labeled.class).getText()).contains("Online 96 %", "hartslagen");

        clickOn("#metric-imports");
        var chart = lookup(".metric-chart").queryAs(XYChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertThat(lookup("#metric-summary").queryAs(Labeled.class).getText()).startsWith("161 ok");
        clickOn("#metric-cloud-24h");
    }

    @Test
    void countAxesStepInWholeNumbersWrittenTheDutchWay() {
        clickOn("#nav-metrics");
        clickOn("#metric-actions");

        var snoozes = ticks(lookup(".metric-chart").queryAs(XYChart.class));
        assertThat(snoozes).as("one snooze a day: 6 this week").containsExactly("0", "2", "4", "6");

        clickOn("#metric-cloud-7d");

        var charts = lookup(".metric-chart").queryAllAs(XYChart.class).stream().toList();
        assertThat(ticks(charts.get(0))).containsExactly("0", "25", "50", "75", "100");
        assertThat(ticks(charts.get(1))).as("1.380 heartbeats a day").containsExactly("0", "500", "1.000", "1.500");
        assertThat(lookup("#metric-summary").queryAs(Labeled.class).getText()).endsWith("hartslagen");
    }

    @Test
    void inPortraitTheTabsWrapInsteadOfBeingCutShort() {
        clickOn("#nav-metrics");
        var tabs = lookup(".metric-tab").queryAllAs(ToggleButton.class).stream().toList();
        var stage = (Stage) tabs.getFirst().getScene().getWindow();
        // 720 wide as the portrait display; not 1280 high, more than the headless test screen holds.
        interact(() -> resize(stage, 720, 790));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.root().getStyleClass()).contains("layout-portrait");

            assertThat(tabs).hasSize(5).allSatisfy(tab -> {
                assertThat(tab.isTextTruncated()).as(tab.getText()).isFalse();
                assertThat(tab.localToScene(tab.getLayoutBounds()).getMaxX())
                        .as(tab.getText())
                        .isLessThanOrEqualTo(tab.getScene().getWidth());
            });
        } finally {
            interact(() -> resize(stage, 800, 480));
        }
    }

    private static void resize(Stage stage, double width, double height) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /** The value axis's tick labels as drawn, bottom to top. */
    private List<String> ticks(XYChart<?, ?> chart) {
        WaitForAsyncUtils.waitForFxEvents();
        return chart.getYAxis().getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .filter(Text::isVisible)
                .sorted(Comparator.comparingDouble(
                                (Text t) -> t.getBoundsInParent().getMinY())
                        .reversed())
                .map(Text::getText)
                .toList();
    }
}
