package be.ghelamcoalert.ui.metrics;

import be.ghelamcoalert.core.model.MetricNames;
import be.ghelamcoalert.core.model.MetricWindow;
import be.ghelamcoalert.core.port.MetricsHistory;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Texts;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The metrics screen: cloud connection and heartbeats over 24 hours and 7 days, light-on time,
 * snoozes and confirmations per week, and imports per day, from the stored metric windows.
 */
public final class MetricsViewModel {
    static final int WEEKS = 8;

    private final MetricsHistory history;
    private final Clock clock;
    private final BackgroundWork work;
    private final Feedback feedback;
    private final Texts texts;
    private final ObservableList<ChartData> charts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasData = new ReadOnlyBooleanWrapper(false);
    private List<MetricWindow> last = List.of();

    public MetricsViewModel(MetricsHistory history, Clock clock, BackgroundWork work, Feedback feedback, Texts texts) {
        this.history = history;
        this.clock = clock;
        this.work = work;
        this.feedback = feedback;
        this.texts = texts;
        texts.localeProperty().addListener((obs, old, now) -> show(last));
    }

    public void refresh() {
        var now = clock.instant();
        var from = MetricBuckets.lastWeeks(now, texts.zone(), WEEKS).from();
        work.submit(
                () -> history.windowsBetween(from, now),
                this::show,
                e -> feedback.error(texts.get("feedback.loadFailed", e.getMessage())));
    }

    void show(List<MetricWindow> windows) {
        last = List.copyOf(windows);
        var now = clock.instant();
        hasData.set(!windows.isEmpty());
        charts.setAll(
                cloud(
                        "cloud-24h",
                        MetricBuckets.lastHours(now, texts.zone(), 24),
                        windows,
                        DateTimeFormatter.ofPattern("HH")),
                cloud("cloud-7d", MetricBuckets.lastDays(now, texts.zone(), 7), windows, dayFormat()),
                light(now, windows),
                actions(now, windows),
                imports(now, windows));
    }

    private DateTimeFormatter dayFormat() {
        return DateTimeFormatter.ofPattern("EEE d", texts.locale());
    }

    /**
     * Online share and heartbeats per period. A period's share is of its time that is recorded so
     * far ({@link #recordedUntil}), so today, and the hour in progress, read 100 % for a kiosk
     * that never lost the cloud, not the part of the whole day that has passed.
     */
    private ChartData cloud(String id, MetricBuckets buckets, List<MetricWindow> windows, DateTimeFormatter labels) {
        var online = buckets.sum(windows, MetricNames.CLOUD_ONLINE_SECONDS);
        var heartbeats = buckets.sum(windows, MetricNames.HEARTBEATS);
        var until = recordedUntil(windows, clock.instant());
        var percent = new double[online.length];
        double totalOnline = 0;
        double totalRecorded = 0;
        for (int i = 0; i < online.length; i++) {
            var recorded = buckets.secondsBefore(i, until);
            percent[i] = share(online[i], recorded);
            totalOnline += online[i];
            totalRecorded += recorded;
        }
        var summary = texts.get(
                "metrics.cloudSummary",
                Math.round(share(totalOnline, totalRecorded)),
                count("metrics.count.heartbeats", sum(heartbeats)));
        return new ChartData(
                id,
                texts.get("metrics." + id),
                texts.get("metrics.unit.percentAndCount"),
                List.of(
                        new ChartData.Series(
                                texts.get("metrics.series.online"),
                                series(texts.get("metrics.series.online"), buckets, percent, labels::format)
                                        .points(),
                                true),
                        series(texts.get("metrics.series.heartbeats"), buckets, heartbeats, labels::format)),
                summary,
                false);
    }

    /**
     * How far the stored windows reach: the end of the newest, not later than now. The window in
     * progress is stored only when it closes (an hour's window in the demo): its minutes are not
     * known yet, so they count neither as online nor as offline.
     */
    private static Instant recordedUntil(List<MetricWindow> windows, Instant now) {
        return windows.stream()
                .map(w -> w.start().plus(w.length()))
                .max(Instant::compareTo)
                .filter(end -> end.isBefore(now))
                .orElse(now);
    }

    /** Online seconds as a percentage of the recorded seconds; 0 when nothing is recorded yet. */
    private static double share(double onlineSeconds, double recordedSeconds) {
        return recordedSeconds <= 0 ? 0 : Math.min(100, 100 * onlineSeconds / recordedSeconds);
    }

    private ChartData light(Instant now, List<MetricWindow> windows) {
        var buckets = MetricBuckets.lastDays(now, texts.zone(), 7);
        var seconds = buckets.sum(windows, MetricNames.RELAY_ON_SECONDS);
        var minutes = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            minutes[i] = seconds[i] / 60;
        }
        var switches = buckets.sum(windows, MetricNames.RELAY_SWITCHES);
        var format = dayFormat();
        return new ChartData(
                "light",
                texts.get("metrics.light"),
                texts.get("metrics.unit.minutes"),
                List.of(series(texts.get("metrics.series.lightMinutes"), buckets, minutes, format::format)),
                texts.get("metrics.lightSummary", number(sum(minutes)), count("metrics.count.switches", sum(switches))),
                false);
    }

    private ChartData actions(Instant now, List<MetricWindow> windows) {
        var buckets = MetricBuckets.lastWeeks(now, texts.zone(), WEEKS);
        var snoozes = buckets.sum(windows, MetricNames.SNOOZES);
        var confirmations = buckets.sum(windows, MetricNames.CONFIRMATIONS);
        Function<ZonedDateTime, String> week = d -> texts.get("metrics.week", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new ChartData(
                "actions",
                texts.get("metrics.actions"),
                texts.get("metrics.unit.count"),
                List.of(
                        series(texts.get("metrics.series.snoozes"), buckets, snoozes, week),
                        series(texts.get("metrics.series.confirmations"), buckets, confirmations, week)),
                texts.get(
                        "metrics.actionsSummary",
                        count("metrics.count.snoozes", sum(snoozes)),
                        count("metrics.count.confirmations", sum(confirmations))),
                false);
    }

    private ChartData imports(Instant now, List<MetricWindow> windows) {
        var buckets = MetricBuckets.lastDays(now, texts.zone(), 7);
        var ok = buckets.sum(windows, MetricNames.IMPORTS_OK);
        var failed = buckets.sum(windows, MetricNames.IMPORTS_FAILED);
        var quarantined = buckets.sum(windows, MetricNames.IMPORTS_QUARANTINED);
        var format = dayFormat();
        return new ChartData(
                "imports",
                texts.get("metrics.imports"),
                texts.get("metrics.unit.count"),
                List.of(
                        series(texts.get("metrics.series.importsOk"), buckets, ok, format::format),
                        series(texts.get("metrics.series.importsFailed"), buckets, failed, format::format),
                        series(texts.get("metrics.series.importsQuarantined"), buckets, quarantined, format::format)),
                texts.get("metrics.importsSummary", number(sum(ok)), number(sum(failed)), number(sum(quarantined))),
                true);
    }

    private static ChartData.Series series(
            String name, MetricBuckets buckets, double[] values, Function<ZonedDateTime, String> label) {
        var points = new ArrayList<ChartData.Point>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartData.Point(label.apply(buckets.starts().get(i)), values[i]));
        }
        return new ChartData.Series(name, points, false);
    }

    /** "1 confirmation", "2 confirmations": the text's {@code choice} picks the form for the whole number. */
    private String count(String key, double amount) {
        return texts.get(key, Math.round(amount));
    }

    /** A whole number as the screen's language writes it: "1.440". */
    private String number(double amount) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(Math.round(amount));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (var v : values) {
            total += v;
        }
        return total;
    }

    public ObservableList<ChartData> charts() {
        return charts;
    }

    public ReadOnlyBooleanProperty hasDataProperty() {
        return hasData.getReadOnlyProperty();
    }
}
