package be.ghelamcoalert.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Launches {@link KioskApplication} in a JVM of its own (the toolkit starts once per JVM) on a
 * {@link UiTestKiosk}: {@code <dataDir> good} with a context the dashboard is built from,
 * {@code <dataDir> broken} with one it cannot be built from. Prints how the first frame went and
 * exits 0 after a first frame, 5 without one.
 */
public final class KioskApplicationChild {
    static final String FIRST_FRAME = "FIRST FRAME ";
    static final String NO_FIRST_FRAME = "NO FIRST FRAME ";

    private KioskApplicationChild() {}

    public static void main(String[] args) throws Exception {
        try (var test = new UiTestKiosk(Path.of(args[0]))) {
            var context = test.context("nl");
            if (args[1].equals("broken")) {
                context = new KioskUiContext(context.kioskName(), false, null, "nl", context.clock(), context.zone(),
                        context.queries(), context.commands(), context.changes(), context.status(), context.jobs(),
                        context.metrics());
            }
            Thread.ofPlatform().daemon().start(KioskApplicationChild::reportFirstFrame);
            KioskApplication.prepare(context);
            Application.launch(KioskApplication.class);
            System.out.println("launch returned");
            System.exit(KioskApplication.firstFrame().isCompletedExceptionally() ? 5 : 0);
        }
    }

    private static void reportFirstFrame() {
        try {
            var times = KioskApplication.firstFrame().get();
            System.out.println(FIRST_FRAME + times.toolkitUp().toMillis() + " " + times.dataReady().toMillis() + " "
                    + times.firstFrame().toMillis());
            Platform.exit();
        } catch (ExecutionException e) {
            System.out.println(NO_FIRST_FRAME + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
