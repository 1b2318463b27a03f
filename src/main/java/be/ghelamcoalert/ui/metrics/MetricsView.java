package be.ghelamcoalert.ui.metrics;

import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Texts;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One chart at a time, chosen with big tabs: the 800x480 screen has no room for five. The tabs
 * wrap onto a second row where they do not fit side by side (720x1280 portrait), never cut short.
 */
public final class MetricsView {
    private final MetricsViewModel model;
    private final Texts texts;
    private final VBox root = new VBox(8);
    private final FlowPane tabs = new FlowPane(8, 8);
    private final StackPane chartArea = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private String selected = "cloud-24h";

    public MetricsView(MetricsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("metrics");
        tabs.setAlignment(Pos.CENTER_LEFT);
        tabs.getStyleClass().add("metric-tabs");
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        model.charts().addListener((ListChangeListener<ChartData>) c -> show());
        root.getChildren().addAll(tabs, chartArea);
        show();
    }

    public Node root() {
        return root;
    }

    private void show() {
        tabs.getChildren().clear();
        group.getToggles().clear();
        for (var chart : model.charts()) {
            var tab = new ToggleButton(chart.title());
            tab.setId("metric-" + chart.id());
            tab.getStyleClass().addAll("touch-button", "metric-tab");
            tab.setFocusTraversable(false);
            tab.setToggleGroup(group);
            tab.setSelected(chart.id().equals(selected));
            tab.setOnAction(e -> {
                selected = chart.id();
                show();
            });
            tabs.getChildren().add(tab);
        }
        if (!model.hasDataProperty().get()) {
            var empty = Controls.label(texts.bind("metrics.noData"), "empty-state");
            empty.setId("metrics-empty");
            empty.setWrapText(true);
            chartArea.getChildren().setAll(empty);
            return;
        }
        model.charts().stream().filter(c -> c.id().equals(selected)).findFirst().ifPresent(this::draw);
    }

    private void draw(ChartData data) {
        var summary = Controls.label(data.summary(), "metric-summary");
        summary.setId("metric-summary");
        var box = new VBox(4, summary);
        if (data.id().startsWith("cloud")) {
            for (var series : data.series()) {
                box.getChildren().add(chart(series.name(), List.of(series), false));
            }
        } else {
            box.getChildren().add(chart(data.unit(), data.series(), data.stacked()));
        }
        box.getChildren().stream().filter(n -> n instanceof XYChart).forEach(n -> VBox.setVgrow(n, Priority.ALWAYS));
        chartArea.getChildren().setAll(box);
    }

    private XYChart<String, Number> chart(String axisLabel, List<ChartData.Series> series, boolean stacked) {
        var x = new CategoryAxis();
        var y = new NumberAxis();
        y.setLabel(axisLabel);
        y.setMinorTickVisible(false);
        y.setAutoRanging(false);
        y.setLowerBound(0);
        if (series.stream().allMatch(ChartData.Series::percent)) {
            y.setUpperBound(100);
            y.setTickUnit(25);
        } else {
            var axis = CountAxis.covering(CountAxis.highest(series, stacked));
            y.setUpperBound(axis.top());
            y.setTickUnit(axis.step());
        }
        y.setTickLabelFormatter(wholeNumbers(texts.locale()));
        XYChart<String, Number> chart = stacked ? new StackedBarChart<>(x, y) : new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(series.size() > 1);
        chart.getStyleClass().add("metric-chart");
        chart.setMinHeight(120);
        for (var s : series) {
            var fx = new XYChart.Series<String, Number>();
            fx.setName(s.name());
            for (var p : s.points()) {
                fx.getData().add(new XYChart.Data<>(p.label(), p.value()));
            }
            chart.getData().add(fx);
        }
        return chart;
    }

    /** Tick labels as whole numbers in the screen's language ("1.500"), not the JVM's default format. */
    private static StringConverter<Number> wholeNumbers(Locale locale) {
        var format = NumberFormat.getIntegerInstance(locale);
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.format(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                try {
                    return format.parse(text);
                } catch (ParseException e) {
                    throw new IllegalArgumentException("not a whole number: " + text, e);
                }
            }
        };
    }
}
