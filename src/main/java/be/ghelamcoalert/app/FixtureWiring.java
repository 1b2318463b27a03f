package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.fixtures.FixtureSources;
import be.ghelamcoalert.adapter.fixtures.Pause;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.adapter.persistence.JdbiFixtureImportStore;
import be.ghelamcoalert.config.ConfigLoader;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.model.fixtures.FixtureReconciler;
import be.ghelamcoalert.core.model.fixtures.ImportGuard;
import be.ghelamcoalert.core.port.FixtureSource;
import be.ghelamcoalert.core.port.MetricsRecorder;
import be.ghelamcoalert.core.service.FixtureImportSchedule;
import be.ghelamcoalert.core.service.FixtureImportService;
import be.ghelamcoalert.core.service.KernelHealth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the fixture import into a kiosk: sources, service, "refresh now" and the hourly schedule. */
public final class FixtureWiring {
    private static final Logger LOG = LoggerFactory.getLogger(FixtureWiring.class);

    private FixtureWiring() {}

    /**
     * Starts the import when {@code configFile} exists (the demo never imports: it must run
     * without internet); otherwise the import is off and the status bar says no source is
     * configured. Run by the part supervisor after the alarm: a configuration file that cannot be
     * read is thrown from here, shown in words and read again later.
     *
     * @return what stops the import, or empty when it is off
     */
    static Optional<AutoCloseable> start(Kiosk kiosk, Path configFile, boolean demo, MetricsRecorder metrics) {
        var now = kiosk.clock().instant();
        if (demo || !Files.exists(configFile)) {
            var why = demo ? "demo mode" : configFile + " does not exist";
            LOG.info("Fixture import off ({})", why);
            kiosk.status().report(PartHealth.off(Part.IMPORT, now, why));
            return Optional.empty();
        }
        if (!KernelHealth.clockSet(now)) {
            throw new IllegalStateException("the clock is not set yet: the import waits for the network time");
        }
        var config = ConfigLoader.fromSystemEnvironment().load(configFile, FixtureConfig.class);
        var web = new SourceWebClient(config.http(), Pause.sleeping());
        var service = service(
                kiosk,
                config,
                FixtureSources.of(
                        config, web, kiosk.clock(), kiosk.config().deadlines().zone()),
                metrics);
        kiosk.commands().useFixtureRefresh(service);
        service.publishStoredStatus();
        if (config.sources().isEmpty()) {
            return Optional.of(() -> {
                service.close();
                web.close();
            });
        }
        var executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("fixture-schedule").daemon().factory());
        var schedule = FixtureImportSchedule.of(
                executor, service, config.schedule().every(), config.schedule().jitter(), RandomGenerator.getDefault());
        schedule.start(config.schedule().atStart() ? Duration.ZERO : schedule.nextDelay());
        LOG.info(
                "Fixture import of {} sources every {} (± {})",
                config.sources().size(),
                config.schedule().every(),
                config.schedule().jitter());
        return Optional.of(() -> {
            schedule.close();
            service.close();
            web.close();
        });
    }

    /** The import service of a kiosk over the given sources, with its own import thread ("fixture-import"; closed with the service). */
    public static FixtureImportService service(
            Kiosk kiosk, FixtureConfig config, List<FixtureSource> sources, MetricsRecorder metrics) {
        var venue = config.ourClub().venue();
        var deadlines = kiosk.planning().planner().deadlines();
        return new FixtureImportService(
                kiosk.clock(),
                kiosk.database(),
                kiosk.events(),
                kiosk.planning(),
                kiosk.notices(),
                new JdbiFixtureImportStore(
                        kiosk.database(), kiosk.config().store().retentionPolicy()),
                sources,
                new ImportGuard(config.guard().settings(), venue),
                new FixtureReconciler(venue, deadlines),
                kiosk.status(),
                kiosk.changes(),
                metrics,
                Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("fixture-import").daemon().factory()));
    }
}
