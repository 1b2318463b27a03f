package be.ghelamcoalert.ui.shell;

import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.command.ChangeSettings;
import be.ghelamcoalert.core.service.ChangeFeed;
import be.ghelamcoalert.ui.KioskUiContext;
import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.CommandRunner;
import be.ghelamcoalert.ui.common.Controls;
import be.ghelamcoalert.ui.common.Feedback;
import be.ghelamcoalert.ui.common.Overlay;
import be.ghelamcoalert.ui.common.PinDialog;
import be.ghelamcoalert.ui.common.Texts;
import be.ghelamcoalert.ui.dashboard.DashboardView;
import be.ghelamcoalert.ui.dashboard.DashboardViewModel;
import be.ghelamcoalert.ui.event.EventDetailView;
import be.ghelamcoalert.ui.event.EventDetailViewModel;
import be.ghelamcoalert.ui.jobs.RemoteCommandsView;
import be.ghelamcoalert.ui.jobs.RemoteCommandsViewModel;
import be.ghelamcoalert.ui.metrics.MetricsView;
import be.ghelamcoalert.ui.metrics.MetricsViewModel;
import be.ghelamcoalert.ui.newevent.NewEventView;
import be.ghelamcoalert.ui.newevent.NewEventViewModel;
import be.ghelamcoalert.ui.night.BurnInGuard;
import be.ghelamcoalert.ui.night.ScreenRest;
import be.ghelamcoalert.ui.settings.SettingsView;
import be.ghelamcoalert.ui.settings.SettingsViewModel;
import be.ghelamcoalert.ui.start.StartPictureTaker;
import be.ghelamcoalert.ui.status.StatusBarView;
import be.ghelamcoalert.ui.status.StatusBarViewModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The frame around every screen: status bar on top, the current screen with the feedback line
 * over its bottom edge, the navigation at the bottom, dialogs and the night veil above. Owns the view models and
 * forwards the one-second tick and the core's change notices to them.
 */
public final class KioskShell implements AutoCloseable {
    /** The remote-command list is not on the change feed: it is re-read this often while shown. */
    static final int JOBS_REFRESH_SECONDS = 30;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final KioskUiContext context;
    private final BackgroundWork work;
    /** The fixture import's own worker: a minute of retries must not hold back a snooze or a confirm. */
    private final BackgroundWork fixtureWork;

    private final Texts texts;
    private final Feedback feedback;
    private final Overlay overlay = new Overlay();
    private final ScreenRest rest;
    private final OverviewReturn overviewReturn;
    private final StatusBarViewModel status;
    private final DashboardViewModel dashboard;
    private final EventDetailViewModel detail;
    private final NewEventViewModel newEvent;
    private final RemoteCommandsViewModel jobs;
    private final MetricsViewModel metrics;
    private final SettingsViewModel settings;
    private final CommandRunner runner;
    private final PinDialog pin;
    private final DashboardView dashboardView;
    private NewEventView newEventView;
    private final Map<Screen, java.util.function.Supplier<Node>> factories = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, Button> navButtons = new EnumMap<>(Screen.class);
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private final StackPane content = new StackPane();
    private final StackPane root = new StackPane();
    private final ChangeFeed.Listener listener;
    private final StartPictureTaker startPicture;
    private final ExecutorService startPictureWriter = new ThreadPoolExecutor(
            0,
            1,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().daemon().name("start-picture").factory());
    private long ticks;

    public KioskShell(KioskUiContext context, BackgroundWork work) {
        this(context, work, null);
    }

    /** With the dashboard's data already loaded (off the UI thread), so the first frame shows it. */
    public KioskShell(KioskUiContext context, BackgroundWork work, DashboardViewModel.Snapshot preloaded) {
        this.context = context;
        this.work = work;
        this.fixtureWork = work.separateWorker("ui-fixture-import");
        this.texts = Texts.forLanguage(context.language(), context.zone());
        this.feedback = new Feedback(context.clock());
        this.runner = new CommandRunner(context.commands(), work, feedback, texts);
        this.pin = new PinDialog(context.adminPin(), overlay, texts);
        // The night schedule chosen on the admin screen, else kiosk.yaml's.
        this.rest = new ScreenRest(
                context.settings().nightMode().with(context.queries().settings().nightMode()), context.clock());

        status = new StatusBarViewModel(context.status(), context.clock(), texts, runner);
        dashboard = new DashboardViewModel(context.queries(), runner, context.clock(), work, feedback);
        detail = new EventDetailViewModel(context.queries(), runner, context.clock(), work, feedback);
        detail.onGone(() -> show(Screen.DASHBOARD));
        newEvent = new NewEventViewModel(runner, context.clock());
        newEvent.onCreated(() -> show(Screen.DASHBOARD));
        jobs = new RemoteCommandsViewModel(context.jobs(), context.status(), runner.on(fixtureWork), work, feedback);
        metrics = new MetricsViewModel(context.metrics(), context.clock(), work, feedback, texts);
        settings = new SettingsViewModel(context.queries(), runner);

        listener = topic -> work.ui().run(() -> changed(topic));
        context.changes().subscribe(listener);
        if (preloaded == null) {
            dashboard.start();
        } else {
            dashboard.start(preloaded);
        }
        overviewReturn = new OverviewReturn(context.settings().backToOverviewAfter(), rest, alarm());

        // Only the first screen is built now; the others on first use, so the kiosk starts faster.
        dashboardView = new DashboardView(dashboard, texts, overlay, this::openEvent);
        factories.put(Screen.DASHBOARD, dashboardView::root);
        factories.put(
                Screen.EVENT,
                () -> new EventDetailView(detail, texts, overlay, pin, context.clock(), () -> show(Screen.DASHBOARD))
                        .root());
        factories.put(Screen.NEW_EVENT, () -> {
            newEventView = new NewEventView(newEvent, texts);
            return newEventView.root();
        });
        factories.put(Screen.REMOTE_COMMANDS, () -> new RemoteCommandsView(jobs, texts).root());
        factories.put(Screen.METRICS, () -> new MetricsView(metrics, texts).root());
        factories.put(Screen.SETTINGS, () -> new SettingsView(settings, texts).root());
        content.getStyleClass().add("content");

        var frame = new BorderPane();
        frame.setTop(new StatusBarView(status, texts, pin, context.demo()).root());
        frame.setCenter(body());
        frame.setBottom(navigation());
        frame.getStyleClass().add("frame");
        root.getChildren().addAll(frame, overlay.node(), nightVeil());
        root.getStyleClass().add("kiosk");
        root.widthProperty().addListener((obs, old, now) -> applyLayout());
        root.heightProperty().addListener((obs, old, now) -> applyLayout());
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> rest.touched());
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> rest.touched());

        show(Screen.named(context.settings().startScreen()));
        startPicture = new StartPictureTaker(
                root,
                context.startPictures(),
                this::onlyDashboardInView,
                dashboard::unchangedUntil,
                startPictureWriter);
        dashboard.shownProperty().subscribe(startPicture::changed);
        root.widthProperty().subscribe(startPicture::changed);
        root.heightProperty().subscribe(startPicture::changed);
    }

    /**
     * The dashboard with its data alone on an awake screen, as it stands after a start: no other
     * screen, dialog or feedback over it.
     */
    private boolean onlyDashboardInView() {
        return current.get() == Screen.DASHBOARD
                && showsData()
                && !overlay.isShowing()
                && feedback.messageProperty().get().isEmpty()
                && rest.stateProperty().get() == ScreenRest.State.AWAKE;
    }

    /** The style sheets of the shell and its screens. */
    public static List<String> stylesheets() {
        return List.of(
                css("common/theme.css"),
                css("dashboard/dashboard.css"),
                css("event/event.css"),
                css("newevent/newevent.css"),
                css("jobs/jobs.css"),
                css("metrics/metrics.css"),
                css("settings/settings.css"));
    }

    private static String css(String path) {
        return Objects.requireNonNull(KioskShell.class.getResource("/be/ghelamcoalert/ui/" + path), path)
                .toExternalForm();
    }

    public Parent root() {
        return root;
    }

    /** True once the dashboard has its data (it may still be showing "nothing planned"). */
    public boolean showsData() {
        return dashboard.loadedProperty().get();
    }

    /** Call once the screen is on the stage. */
    public void start() {
        rest.update();
    }

    @Override
    public void close() {
        context.changes().unsubscribe(listener);
        dashboard.stop();
        fixtureWork.close();
        startPictureWriter.shutdown();
    }

    /** Every second, on the UI thread. */
    public void tick() {
        ticks++;
        status.tick();
        dashboard.tick();
        detail.tick();
        feedback.tick();
        boolean alarm = alarm();
        rest.alarm(alarm);
        if (overviewReturn.due(alarm, current.get() != Screen.DASHBOARD || overlay.isShowing())) {
            backToOverview();
        }
        rest.update();
        var shift = BurnInGuard.at(context.clock().instant());
        dashboardView.shiftHero(shift.x(), shift.y());
        startPicture.tick();
        if (current.get() == Screen.REMOTE_COMMANDS && ticks % JOBS_REFRESH_SECONDS == 0) {
            jobs.refresh();
        }
    }

    public void show(Screen screen) {
        if (current.get() == Screen.EVENT && screen != Screen.EVENT) {
            detail.close();
        }
        current.set(screen);
        content.getChildren().setAll(screens.computeIfAbsent(screen, s -> {
            var node = factories.get(s).get();
            node.getStyleClass().add("screen");
            return node;
        }));
        navButtons.forEach((s, b) -> b.pseudoClassStateChanged(SELECTED, s == screen));
        switch (screen) {
            case REMOTE_COMMANDS -> jobs.refresh();
            case METRICS -> metrics.refresh();
            case NEW_EVENT -> {
                newEvent.shown();
                newEventView.startTyping();
            }
            case SETTINGS -> settings.refresh();
            default -> {}
        }
    }

    /** Whether an alert is active or the light is on. */
    private boolean alarm() {
        return dashboard.alertActiveProperty().get() || context.status().light().lit();
    }

    /**
     * Closes any dialog and shows the overview; the admin screen is left, so its PIN is asked
     * again next time.
     */
    private void backToOverview() {
        overlay.close();
        if (current.get() != Screen.DASHBOARD) {
            show(Screen.DASHBOARD);
        }
    }

    public void openEvent(EventId id) {
        detail.open(id);
        show(Screen.EVENT);
    }

    public Screen current() {
        return current.get();
    }

    public Texts texts() {
        return texts;
    }

    public ScreenRest rest() {
        return rest;
    }

    private void changed(ChangeFeed.Topic topic) {
        switch (topic) {
            case EVENTS, NOTICES -> {
                dashboard.refresh();
                detail.refresh();
            }
            case RELAY, CLOUD, HEALTH, RELEASE -> status.refresh();
            case IMPORT -> {
                status.refresh();
                jobs.showFixtureSource();
            }
            case SETTINGS -> apply(context.queries().settings());
        }
    }

    /** Takes settings changed on the admin screen (or by the language button) into use at once. */
    private void apply(DeviceSettings changed) {
        texts.use(changed.language());
        rest.use(changed.nightMode());
        if (current.get() == Screen.SETTINGS) {
            settings.refresh();
        }
    }

    /** The admin screen, behind the PIN. */
    private void openSettings() {
        if (current.get() != Screen.SETTINGS) {
            pin.require("pin.for.settings", () -> show(Screen.SETTINGS));
        }
    }

    /**
     * The space between the status bar and the navigation: the current screen, with the feedback
     * line floating over its bottom edge. The body takes what the bars leave and clips whatever a
     * screen cannot fit, so the frame is never taller than the window and the bars never leave it.
     */
    private Node body() {
        content.setMinSize(0, 0);
        var body = new StackPane(content, feedbackLine());
        body.getStyleClass().add("body");
        body.setMinSize(0, 0);
        var clip = new Rectangle();
        clip.widthProperty().bind(body.widthProperty());
        clip.heightProperty().bind(body.heightProperty());
        body.setClip(clip);
        return body;
    }

    /**
     * Over the screen just above the navigation, not in the layout: it never moves a button under
     * a finger. As wide as its words (wrapped when longer than the screen), so a short message
     * leaves the buttons beside it free; a tap on it clears it.
     */
    private Node feedbackLine() {
        var line = Controls.label(feedback.messageProperty(), "feedback");
        line.setId("feedback");
        line.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        line.setWrapText(true);
        StackPane.setAlignment(line, Pos.BOTTOM_CENTER);
        StackPane.setMargin(line, new Insets(0, 8, 6, 8));
        feedback.errorProperty()
                .subscribe(error -> line.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), error));
        line.visibleProperty().bind(feedback.messageProperty().isNotEmpty());
        line.setOnMouseClicked(e -> feedback.clear());
        return line;
    }

    private Node navigation() {
        var bar = new HBox(8);
        bar.getStyleClass().add("nav-bar");
        bar.setAlignment(Pos.CENTER);
        for (var screen : List.of(Screen.DASHBOARD, Screen.NEW_EVENT, Screen.REMOTE_COMMANDS, Screen.METRICS)) {
            var key = "nav." + screen.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            var button = Controls.button(texts.bind(key), () -> show(screen), "nav-button");
            button.setId(
                    "nav-" + screen.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            navButtons.put(screen, button);
            bar.getChildren().add(button);
        }
        // The admin screen, behind the PIN: a gear as narrow as the language button, so the names still fit in
        // portrait.
        var gear = Controls.button(texts.bind("nav.settings"), this::openSettings, "nav-button", "settings-button");
        gear.setId("nav-settings");
        navButtons.put(Screen.SETTINGS, gear);
        bar.getChildren().add(gear);
        // Saved like every setting, so the kiosk starts in it after a restart; applied when the core says so.
        var language = Controls.button(
                texts.bind("nav.otherLanguage"),
                () -> runner.run(ChangeSettings.language(texts.language().other())),
                "nav-button",
                "language-button");
        language.setId("nav-language");
        bar.getChildren().add(language);
        return bar;
    }

    private Node nightVeil() {
        var veil = new Region();
        veil.setId("night-veil");
        veil.getStyleClass().add("night-veil");
        veil.setVisible(false);
        veil.setOnMousePressed(e -> {
            rest.touched();
            e.consume();
        });
        rest.stateProperty().subscribe(state -> {
            veil.setVisible(state != ScreenRest.State.AWAKE);
            veil.pseudoClassStateChanged(PseudoClass.getPseudoClass("blank"), state == ScreenRest.State.BLANK);
        });
        return veil;
    }

    /** The style class for a display of this size: portrait, large (1920x1080) or compact (800x480). */
    static String layoutFor(double width, double height) {
        return height > width ? "layout-portrait" : width >= 1400 ? "layout-large" : "layout-compact";
    }

    /** Style classes for the three display shapes: 800x480, 720x1280 portrait, 1920x1080. */
    private void applyLayout() {
        var layout = layoutFor(root.getWidth(), root.getHeight());
        if (!root.getStyleClass().contains(layout)) {
            root.getStyleClass().removeIf(c -> c.startsWith("layout-"));
            root.getStyleClass().add(layout);
        }
    }
}
