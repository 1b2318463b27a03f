package be.ghelamcoalert.app;

import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.ui.KioskApplication;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the kiosk: the store, the background services and the full-screen UI. */
@Command(name = "ghelamco-alert", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "The lobby kiosk that gets the stadium car park empty in time.")
final class RunKioskCommand implements Callable<Integer> {
    @Option(names = "--config", description = "Configuration file (default: ${DEFAULT-VALUE}).",
            defaultValue = "kiosk-config/kiosk.yaml")
    Path configFile;

    @Option(names = "--fixtures", description = "Fixture import configuration (default: ${DEFAULT-VALUE}; "
            + "no import when it does not exist).", defaultValue = "kiosk-config/fixtures.yaml")
    Path fixturesFile;

    @Option(names = "--demo", description = "Demo mode: own database with demo events, simulated relay, no cloud.")
    boolean demo;

    @Option(names = "--windowed", description = "Run in a window instead of full screen.")
    boolean windowed;

    @Override
    public Integer call() {
        var config = ConfigLoader.fromSystemEnvironment().load(configFile);
        if (windowed) {
            config = config.withUi(config.ui().windowed());
        }
        var clock = Clock.system(config.deadlines().zone());
        var device = Device.start(config, clock, fixturesFile, demo);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(device::close));
        var cloud = device.cloud();
        KioskApplication.prepare(UiWiring.context(device.kiosk(), demo, cloud.jobs(), cloud.metrics()));
        Application.launch(KioskApplication.class);
        return ExitCodes.OK;
    }
}
