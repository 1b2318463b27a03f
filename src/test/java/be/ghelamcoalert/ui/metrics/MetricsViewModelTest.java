package be.ghelamcoalert.ui.metrics;

import static be.ghelamcoalert.testing.TestEvents.brussels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.testing.IntegrationTest;
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

@IntegrationTest
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
            windows.add(window(
                    brussels(2026, 11, 28, 16, 0).toInstant().plus(Duration.ofMinutes(5L * i)),
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
                window(
                        brussels(2026, 11, 28, 16, 50).toInstant(),
                        Map.of(
                                MetricNames.SNOOZES,
                                2.0,
                                MetricNames.CONFIRMATIONS,
                                1.0,
                                MetricNames.IMPORTS_OK,
                                3.0,
                                MetricNames.RELAY_ON_SECONDS,
                                600.0)),
                window(
                        brussels(2026, 11, 20, 10, 0).toInstant(),
                        Map.of(MetricNames.SNOOZES, 4.0, MetricNames.IMPORTS_QUARANTINED, 1.0)));
        var model = model(windows);
        model.refresh();

        var actions = chart(model, "actions");
        assertThat(actions.series().getFirst().points()).hasSize(MetricsViewModel.WEEKS);
        assertThat(actions.series().getFirst().points().getLast().label()).isEqualTo("wk 48");
        assertThat(actions.series().getFirst().points().getLast().value()).isEqualTo(2.0);
        assertThat(actions.series()
                        .getFirst()
                        .points()
                        .get(MetricsViewModel.WEEKS - 2)
                        .value())
                .isEqualTo(4.0);
        assertThat(actions.series().get(1).points().getLast().value()).isEqualTo(1.0);

        var imports = chart(model, "imports");
        assertThat(imports.stacked()).isTrue();
        assertThat(imports.series()).extracting(ChartData.Series::name).containsExactly("ok", "failed", "quarantined");
        assertThat(imports.series().getFirst().points().getLast().value()).isEqualTo(3.0);
        assertThat(imports.summary()).isEqualTo("3 ok · 0 failed · 0 quarantined (7 days)");

        assertThat(chart(model, "light").series().getFirst().points().getLast().value())
                .isEqualTo(10.0);
    }

    @Test
    void aKioskOnlineAllTheTimeReadsAHundredPercentTodayAndThisHourWhileTheyAreUnderWay() {
        clock.set(brussels(2026, 11, 28, 5, 30));
        // Five-minute windows for a week, stored up to the one that closed at 05:25; 05:25-05:30 is in progress.
        var model = model(fiveMinuteWindows(
                brussels(2026, 11, 21, 0, 0).toInstant(),
                brussels(2026, 11, 28, 5, 25).toInstant(),
                at -> true));
        model.refresh();

        assertThat(chart(model, "cloud-7d")
                        .series()
                        .getFirst()
                        .points()
                        .getLast()
                        .value())
                .as("today")
                .isEqualTo(100.0);
        var hours = chart(model, "cloud-24h").series().getFirst().points();
        assertThat(hours.getLast().label()).isEqualTo("05");
        assertThat(hours.getLast().value()).as("this hour").isEqualTo(100.0);
        assertThat(hours.get(22).value()).as("04:00-05:00").isEqualTo(100.0);
        assertThat(chart(model, "cloud-24h").summary()).startsWith("Online 100 %");
        assertThat(chart(model, "cloud-7d").summary()).startsWith("Online 100 %");
    }

    @Test
    void anOutageTodayCountsAgainstTheRecordedPartOfTheDayOnly() {
        clock.set(brussels(2026, 11, 28, 5, 30));
        var model = model(fiveMinuteWindows(
                brussels(2026, 11, 27, 0, 0).toInstant(),
                brussels(2026, 11, 28, 5, 25).toInstant(),
                at -> at.atZone(clock.getZone()).getHour() != 1
                        || at.atZone(clock.getZone()).getDayOfMonth() != 28));
        model.refresh();

        var today =
                chart(model, "cloud-7d").series().getFirst().points().getLast().value();
        assertThat(today).as("4 h 25 min online of 5 h 25 min").isCloseTo(100.0 * 265 / 325, within(0.01));
        var hours = chart(model, "cloud-24h").series().getFirst().points();
        assertThat(hours.get(19).label()).isEqualTo("01");
        assertThat(hours.get(19).value()).as("01:00-02:00").isZero();
        assertThat(hours.getLast().value()).isEqualTo(100.0);
    }

    @Test
    void anHourNotRecordedYetDrawsNoBarAndDoesNotLowerTheSummary() {
        // The demo stores whole hours: at 05:30 the newest ends at 05:00.
        clock.set(brussels(2026, 11, 28, 5, 30));
        var windows = new ArrayList<MetricWindow>();
        for (var hour = brussels(2026, 11, 27, 5, 0);
                hour.isBefore(brussels(2026, 11, 28, 5, 0));
                hour = hour.plusHours(1)) {
            windows.add(new MetricWindow(
                    hour.toInstant(),
                    Duration.ofHours(1),
                    Map.of(MetricNames.CLOUD_ONLINE_SECONDS, 3600.0, MetricNames.HEARTBEATS, 60.0)));
        }
        var model = model(windows);
        model.refresh();

        var cloud = chart(model, "cloud-24h");
        assertThat(cloud.series().getFirst().points().getLast().value()).isZero();
        assertThat(cloud.summary()).isEqualTo("Online 100 % of the time · 1.380 heartbeats");
        assertThat(chart(model, "cloud-7d")
                        .series()
                        .getFirst()
                        .points()
                        .getLast()
                        .value())
                .isEqualTo(100.0);
    }

    @Test
    void oneIsSingularAndEveryOtherCountPluralInBothLanguages() {
        var one = List.of(window(
                brussels(2026, 11, 28, 16, 50).toInstant(),
                Map.of(
                        MetricNames.SNOOZES,
                        1.0,
                        MetricNames.CONFIRMATIONS,
                        1.0,
                        MetricNames.HEARTBEATS,
                        1.0,
                        MetricNames.RELAY_SWITCHES,
                        1.0)));
        var model = model(one);
        model.refresh();

        assertThat(chart(model, "actions").summary()).isEqualTo("1 snooze · 1 confirmation (8 weeks)");
        assertThat(chart(model, "cloud-24h").summary()).endsWith("· 1 heartbeat");
        assertThat(chart(model, "light").summary()).isEqualTo("Light on 0 min · switched 1 time (7 days)");

        texts.use(Language.NL);

        assertThat(chart(model, "actions").summary()).isEqualTo("1 snooze · 1 bevestiging (8 weken)");
        assertThat(chart(model, "cloud-24h").summary()).endsWith("· 1 hartslag");
        assertThat(chart(model, "cloud-24h").series().get(1).name()).isEqualTo("hartslagen");

        var two = List.of(window(
                brussels(2026, 11, 28, 16, 50).toInstant(),
                Map.of(
                        MetricNames.SNOOZES,
                        2.0,
                        MetricNames.CONFIRMATIONS,
                        2.0,
                        MetricNames.HEARTBEATS,
                        1500.0,
                        MetricNames.RELAY_SWITCHES,
                        2.0)));
        var more = model(two);
        more.refresh();

        assertThat(chart(more, "actions").summary()).isEqualTo("2 snoozes · 2 bevestigingen (8 weken)");
        assertThat(chart(more, "cloud-24h").summary()).endsWith("· 1.500 hartslagen");
        assertThat(chart(more, "light").summary()).isEqualTo("Licht 0 min aan · 2 keer geschakeld (7 dagen)");
        texts.use(Language.EN);
        assertThat(chart(more, "actions").summary()).isEqualTo("2 snoozes · 2 confirmations (8 weeks)");
    }

    private List<MetricWindow> fiveMinuteWindows(
            Instant from, Instant until, java.util.function.Predicate<Instant> online) {
        var windows = new ArrayList<MetricWindow>();
        for (var at = from; at.isBefore(until); at = at.plus(Duration.ofMinutes(5))) {
            boolean up = online.test(at);
            windows.add(window(
                    at,
                    Map.of(
                            MetricNames.CLOUD_ONLINE_SECONDS,
                            up ? 300.0 : 0.0,
                            MetricNames.HEARTBEATS,
                            up ? 5.0 : 0.0)));
        }
        return windows;
    }

    private MetricsViewModel model(List<MetricWindow> windows) {
        return new MetricsViewModel(
                (from, to) -> windows.stream()
                        .filter(w -> !w.start().isBefore(from) && w.start().isBefore(to))
                        .toList(),
                clock,
                BackgroundWork.inPlace(),
                new Feedback(clock),
                texts);
    }

    private static ChartData chart(MetricsViewModel model, String id) {
        return model.charts().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static MetricWindow window(Instant start, Map<String, Double> values) {
        return new MetricWindow(start, Duration.ofMinutes(5), values);
    }
}
