package be.ghelamcoalert.app;

import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.start.StartPicture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kiosk's first frame before anything else. When the command line can only start the kiosk,
 * the JavaFX toolkit starts at once, before the command line is read; where the environment names
 * the data directory (the Pi's service does), the {@link StartPicture} kept there is read beside
 * it and shown, and the rest of the start (the command line, the logging, the configuration, the
 * store) waits until the picture is on the screen, at most {@link #LONGEST_WAIT}: on two cores,
 * starting it beside the picture made the picture 15 % later for a live dashboard 0.1 to 0.2 s
 * sooner (UiStartupBenchmark's children, alternating).
 */
final class ScreenFirst {
    /** Operator sub-commands and the help and version options: with any of these the kiosk does not start. */
    static final Set<String> NOT_THE_KIOSK = Set.of("fixtures", "job", "-h", "--help", "-V", "--version");
    /** The demo starts afresh every time: it has no picture of its own. */
    static final String DEMO = "--demo";
    /** The longest the rest of the start waits for the picture. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private static final ScreenFirst NOTHING_YET = new ScreenFirst(false);

    private final boolean pictureHandedOver;

    private ScreenFirst(boolean pictureHandedOver) {
        this.pictureHandedOver = pictureHandedOver;
    }

    /** Nothing started early: the kiosk starts its screen and reads its picture itself. */
    static ScreenFirst nothing() {
        return NOTHING_YET;
    }

    /** Starts the screen early where {@code args} can only start the kiosk, and shows its picture when the environment says where it is. */
    static ScreenFirst startFor(String[] args, Map<String, String> environment, Clock clock) {
        if (!mayStartTheKiosk(args)) {
            return NOTHING_YET;
        }
        KioskApplication.launchInBackground();
        var directory = List.of(args).contains(DEMO) ? Optional.<Path>empty() : DataDirectory.fromEnvironment(environment);
        if (directory.isEmpty()) {
            return NOTHING_YET;
        }
        var picture = CompletableFuture.supplyAsync(() -> DataDirectory.startPictures(directory.get()).showableAt(clock.instant()),
                command -> Thread.ofPlatform().name("start-picture").start(command));
        KioskApplication.showFirst(picture);
        awaitPicture();
        return new ScreenFirst(true);
    }

    /**
     * Whether {@code args} may start the kiosk, decided before the command line is read: they name
     * no sub-command and ask for no help or version. A wrong yes (a mistyped option) only starts
     * the toolkit for nothing; a wrong no only starts it later.
     */
    static boolean mayStartTheKiosk(String... args) {
        return Arrays.stream(args).noneMatch(NOT_THE_KIOSK::contains);
    }

    /** Whether the start picture (or that there is none) was handed to the screen already. */
    boolean pictureHandedOver() {
        return pictureHandedOver;
    }

    private static void awaitPicture() {
        try {
            KioskApplication.startPictureShown().get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // no picture in time, or no screen: the start goes on, and reports a screen that failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
