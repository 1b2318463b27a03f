package be.ghelamcoalert.ui.metrics;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.testing.MutableClock;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsViewModelTest {
    private final MutableClock clock = MutableClock.at(brussels(2026, 11, 28, 17, 0));
    private final Texts texts = Texts.forLanguage("en", clock.getZone());

    @Test
    void withoutWindowsTheScreenSaysThereIsNoData() {
        var model = model(List.of());
        model.refresh();

        assertThat(model.hasDataProperty().get()).isFalse();
    }

    @Test
    void cloudUptimeAndHeartbeatsPerHourOverTheLastDay() {
        var windows = new ArrayList<MetricWindow>();
        // 16:00-17:00: online all hour, one heartbeat a minute; 15:00-16:00 offline.
        for (int i = 0; i < 12; i++) {
            windows.add(window(brussels(2026, 11, 28, 16, 0).toInstant().plus(Duration.ofMinutes(5L * i)),
                    Map.of(MetricNames.CLOUD_ONLINE_SECONDS, 300.0, MetricNames.HEARTBEATS, 5.0)));
        }
        var model = model(windows);
        model.refresh();

        var cloud = chart(model, "cloud-24h");
        var online = cloud.series().getFirst().points();
        assertThat(online).hasSize(24);
        assertThat(online.getLast().label()).isEqualTo("17");
        assertThat(online.get(22).label()).isEqualTo("16");
        assertThat(online.get(22).value()).isEqualTo(100.0);
        assertThat(online.get(21).value()).isZero();
        assertThat(cloud.series().get(1).points().get(22).value()).isEqualTo(60.0);
        assertThat(cloud.summary()).contains("60 heartbeats");
    }

    @Test
    void snoozesAndConfirmationsPerWeekAndImportsPerDay() {
        var windows = List.of(
                window(brussels(2026, 11, 28, 16, 50).toInstant(), Map.of(MetricNames.SNOOZES, 2.0, MetricNames.CONFIRMATIONS, 1.0,
                        MetricNames.IMPORTS_OK, 3.0, MetricNames.RELAY_ON_SECONDS, 600.0)),
                window(brussels(2026, 11, 20, 10, 0).toInstant(), Map.of(MetricNames.SNOOZES, 4.0,
                        MetricNames.IMPORTS_QUARANTINED, 1.0)));
        var model = model(windows);
        model.refresh();

        var actions = chart(model, "actions");
        assertThat(actions.series().getFirst().points()).hasSize(MetricsViewModel.WEEKS);
        assertThat(actions.series().getFirst().points().getLast().label()).isEqualTo("wk 48");
        assertThat(actions.series().getFirst().points().getLast().value()).isEqualTo(2.0);
        assertThat(actions.series().getFirst().points().get(MetricsViewModel.WEEKS - 2).value()).isEqualTo(4.0);
        assertThat(actions.series().get(1).points().getLast().value()).isEqualTo(1.0);

        var imports = chart(model, "imports");
        assertThat(imports.stacked()).isTrue();
        assertThat(imports.series()).extracting(ChartData.Series::name).containsExactly("ok", "failed", "quarantined");
        assertThat(imports.series().getFirst().points().getLast().value()).isEqualTo(3.0);
        assertThat(imports.summary()).isEqualTo("3 ok · 0 failed · 0 quarantined (7 days)");

        assertThat(chart(model, "light").series().getFirst().points().getLast().value()).isEqualTo(10.0);
    }

    private MetricsViewModel model(List<MetricWindow> windows) {
        return new MetricsViewModel((from, to) -> windows.stream()
                .filter(w -> !w.start().isBefore(from) && w.start().isBefore(to)).toList(),
                clock, BackgroundWork.inPlace(), new Feedback(clock), texts);
    }

    private static ChartData chart(MetricsViewModel model, String id) {
        return model.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static MetricWindow window(Instant start, Map<String, Double> values) {
        return new MetricWindow(start, Duration.ofMinutes(5), values);
    }
}
