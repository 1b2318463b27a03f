package be.ghelamcoalert.ui;

import be.ghelamcoalert.ui.common.BackgroundWork;
import be.ghelamcoalert.ui.common.UiThread;
import be.ghelamcoalert.ui.shell.KioskShell;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Puts a kiosk shell on TestFX's stage (800x480 unless told) as the application does; background work runs in place unless given. */
public final class ShellOnStage {
    private ShellOnStage() {}

    public static KioskShell show(KioskUiContext context) throws TimeoutException {
        return show(context, new BackgroundWork(Runnable::run, UiThread.javaFx()));
    }

    /** With the given background work, e.g. the application's own threads. */
    public static KioskShell show(KioskUiContext context, BackgroundWork work) throws TimeoutException {
        return show(context, work, 800, 480);
    }

    /** At another display size, e.g. 720x1280 (portrait). */
    public static KioskShell show(KioskUiContext context, int width, int height) throws TimeoutException {
        return show(context, new BackgroundWork(Runnable::run, UiThread.javaFx()), width, height);
    }

    private static KioskShell show(KioskUiContext context, BackgroundWork work, int width, int height)
            throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        var created = new AtomicReference<KioskShell>();
        FxToolkit.setupStage(stage -> {
            var shell = new KioskShell(context, work);
            var scene = new Scene(shell.root(), width, height);
            scene.getStylesheets().addAll(KioskShell.stylesheets());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            shell.start();
            stage.show();
            created.set(shell);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return created.get();
    }
}
