package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.start.StartPicture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Launches {@link KioskApplication} in a JVM of its own (the toolkit starts once per JVM) on a
 * {@link UiTestKiosk}: {@code <dataDir> good} with a context the dashboard is built from,
 * {@code <dataDir> broken} with one it cannot be built from, {@code <dataDir> picture} with a start
 * picture and a store that takes one and a half seconds. Prints how the first frame went and
 * exits 0 after a first frame, 5 without one.
 */
public final class KioskApplicationChild {
    static final String FIRST_FRAME = "FIRST FRAME ";
    static final String NO_FIRST_FRAME = "NO FIRST FRAME ";
    static final String PICTURE_SHOWN = "PICTURE SHOWN ";

    private KioskApplicationChild() {}

    public static void main(String[] args) throws Exception {
        try (var test = new UiTestKiosk(Path.of(args[0]))) {
            var context = test.context("nl");
            if (args[1].equals("broken")) {
                context = new KioskUiContext(
                        context.kioskName(),
                        false,
                        null,
                        "nl",
                        context.clock(),
                        context.zone(),
                        context.queries(),
                        context.commands(),
                        context.changes(),
                        context.status(),
                        context.jobs(),
                        context.metrics(),
                        context.adminPin());
            }
            Thread.ofPlatform().daemon().start(KioskApplicationChild::reportFirstFrame);
            if (args[1].equals("picture")) {
                // The store takes a while; the picture kept last time is there at once.
                var good = context;
                KioskApplication.prepare(CompletableFuture.supplyAsync(
                        () -> good, CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS)));
                KioskApplication.showFirst(CompletableFuture.completedFuture(Optional.of(picture())));
                Thread.ofPlatform().daemon().start(KioskApplicationChild::reportPicture);
            } else {
                KioskApplication.prepare(context);
            }
            Application.launch(KioskApplication.class);
            System.out.println("launch returned");
            System.exit(KioskApplication.dashboardShown().isCompletedExceptionally() ? 5 : 0);
        }
    }

    /** An orange picture of 800x480, as one kept by an earlier run. */
    private static StartPicture picture() {
        var pixels = new byte[StartPicture.byteCount(800, 480)];
        for (int i = 0; i < pixels.length; i += 4) {
            pixels[i + 1] = (byte) 0x80;
            pixels[i + 2] = (byte) 0xff;
            pixels[i + 3] = (byte) 0xff;
        }
        return new StartPicture(800, 480, false, Instant.now().plusSeconds(3600), pixels);
    }

    /** What the window shows when the start picture is first drawn. */
    private static void reportPicture() {
        try {
            // Read in the pulse that drew the picture (where the screen completes it), before the
            // live dashboard can take its place in a later one.
            var scene = KioskApplication.startPictureShown().thenApply(shown -> {
                var window = javafx.stage.Window.getWindows().getFirst();
                var root = window.getScene().getRoot();
                var image = root.getChildrenUnmodifiable().getFirst();
                return shown + " " + window.getScene().getWidth() + "x"
                        + window.getScene().getHeight() + " " + image.getClass().getSimpleName();
            });
            System.out.println(PICTURE_SHOWN + scene.get());
        } catch (Exception e) {
            System.out.println(PICTURE_SHOWN + e);
        }
    }

    private static void reportFirstFrame() {
        try {
            var times = KioskApplication.dashboardShown().get();
            System.out.println(FIRST_FRAME + times.toolkitUp().toMillis() + " "
                    + times.dataReady().toMillis() + " " + times.dashboard().toMillis() + " "
                    + times.startPicture().map(Duration::toMillis).orElse(-1L));
            Platform.exit();
        } catch (ExecutionException e) {
            System.out.println(NO_FIRST_FRAME + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
