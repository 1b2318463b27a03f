package be.ghelamcoalert.app;

import be.ghelamcoalert.ui.KioskApplication;
import be.ghelamcoalert.ui.start.StartPicture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's first frame as early as it can be without delaying the light. When the command
 * line can only start the kiosk, the JavaFX toolkit starts at once on threads of its own, before
 * the command line is read; where the environment names the data directory (the Pi's service
 * does), the {@link StartPicture} kept there is read on a thread of its own and shown. Nothing
 * waits for it: the store and the alarm start beside it, so the relay is right as soon as it can
 * be, whatever the screen does.
 */
final class ScreenFirst {
    /** Operator sub-commands and the help and version options: with any of these the kiosk does not start. */
    static final Set<String> NOT_THE_KIOSK = Set.of("fixtures", "job", "release", "self-test", "-h", "--help", "-V", "--version");
    /** The demo starts afresh every time: it has no picture of its own. */
    static final String DEMO = "--demo";

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
}
