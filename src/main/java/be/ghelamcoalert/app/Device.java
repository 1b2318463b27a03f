package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiStoreHousekeeping;
import be.ghelamcoalert.adapter.persistence.JdbiStoreProbe;
import be.ghelamcoalert.adapter.systemd.SystemdNotifier;
import be.ghelamcoalert.app.health.HealthProbe;
import be.ghelamcoalert.app.health.Watchdog;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.Part;
import be.ghelamcoalert.core.model.PartHealth;
import be.ghelamcoalert.core.port.JobHistory;
import be.ghelamcoalert.core.port.Relay;
import be.ghelamcoalert.core.service.AlarmEngine;
import be.ghelamcoalert.core.service.KernelHealth;
import be.ghelamcoalert.core.service.PartSupervisor;
import be.ghelamcoalert.core.service.StoreRetentionService;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole kiosk except its window, started in the order that keeps the light first:
 * <ol>
 *   <li>the store (and, in the demo, its demo events and history);</li>
 *   <li>the usage counters and the alarm: the relay is in its right state when {@link #start} has
 *       passed this point, before the screen, the cloud or the import have done anything;</li>
 *   <li>the kernel's health check (heartbeat, watchdog);</li>
 *   <li>the cloud and the fixture import, each started by the {@link PartSupervisor} on its own
 *       thread: a failure there is shown and retried and never stops the light;</li>
 *   <li>over-the-air updates, and the trial of a release just switched to ({@link UpdateWiring}).</li>
 * </ol>
 * The screen is started by {@code RunKioskCommand} once this has returned, and nothing here waits
 * for it; the end-to-end tests run the device as it is. {@link #close()} stops everything in reverse order.
 */
final class Device implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Device.class);

    private final Kiosk kiosk;
    private final AlarmWiring.Alarm alarm;
    private final KernelHealth health;

    private Device(Kiosk kiosk, AlarmWiring.Alarm alarm, KernelHealth health) {
        this.kiosk = kiosk;
        this.alarm = alarm;
        this.health = health;
    }

    /**
     * Starts the device; an {@link Error} in the alarm engine ends the process (systemd restarts it).
     *
     * @param fixturesFile the fixture import configuration; no import when it does not exist
     * @param demo         own database, fresh at every start, with demo events and a week of demo history;
     *                     simulated relay, no cloud, no import
     */
    static Device start(KioskConfig config, Clock clock, Path fixturesFile, boolean demo) {
        return start(config, clock, fixturesFile, demo, FatalError::endProcess);
    }

    /**
     * As {@link #start(KioskConfig, Clock, Path, boolean)}, with {@code onAlarmError} in place of
     * ending the process.
     *
     * @throws RuntimeException when the store cannot be opened: without it the kiosk cannot know
     *                          when to light, so it ends and systemd starts it again
     */
    static Device start(
            KioskConfig config, Clock clock, Path fixturesFile, boolean demo, Consumer<Error> onAlarmError) {
        var dataDirectory = DataDirectory.of(config, demo);
        if (demo) {
            Database.delete(dataDirectory); // the demo starts afresh every time
        }
        var kiosk = StoreOpening.open(config, clock, dataDirectory);
        try {
            if (demo) {
                DemoData.seed(kiosk.database(), kiosk.planning(), clock, kiosk.events());
                var update = DemoUpdate.fromEnvironment();
                DemoHistory.seed(
                        kiosk.database(),
                        clock,
                        config.deadlines().zone(),
                        kiosk.metricsOutbox(),
                        kiosk.jobLedger(),
                        update);
                update.change(clock.instant()).ifPresent(kiosk.status()::release);
                LOG.info(
                        "Demo events placed; the first light comes on in {} s", DemoData.FIRST_LIGHT_AFTER.toSeconds());
            }
            kiosk.status().report(PartHealth.off(Part.SCREEN, clock.instant(), "no screen"));
            var alarm = AlarmWiring.startWithRelay(kiosk, demo, kiosk.metrics(), onAlarmError);
            LOG.info(
                    "Light restored {} ms after the JVM started",
                    sinceJvmStart().toMillis());
            var store = kiosk.closeOnStop(new JdbiStoreProbe(kiosk.database(), clock));
            var health = new KernelHealth(clock, kiosk.status(), alarm.engine()::lastTick, store);
            health.check();
            watch(kiosk, alarm.engine(), store).ready();
            MetricsWiring.beatWhileHealthy(kiosk, health);
            keepTheStoreSmall(kiosk);
            var parts = kiosk.closeOnStop(new PartSupervisor(
                    clock,
                    kiosk.status(),
                    Executors.newSingleThreadScheduledExecutor(
                            Thread.ofPlatform().name("part-supervisor").daemon().factory())));
            parts.start(Part.CLOUD, () -> IotWiring.start(kiosk, demo));
            parts.start(Part.IMPORT, () -> FixtureWiring.start(kiosk, fixturesFile, demo, kiosk.metrics()));
            if (!demo) {
                UpdateWiring.start(
                        kiosk,
                        dataDirectory,
                        AppVersion.current(),
                        health,
                        alarm.engine()::relayEnergized,
                        UpdateRestart::endProcess);
            }
            kiosk.database().verifySchema();
            return new Device(kiosk, alarm, health);
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
        }
    }

    /**
     * systemd's watchdog (on the Pi; without NOTIFY_SOCKET it only logs): fed while the alarm
     * engine ticks and the store takes a write, so a stuck alarm thread or a deadlocked store
     * makes systemd restart the kiosk.
     */
    private static Watchdog watch(Kiosk kiosk, AlarmEngine engine, JdbiStoreProbe store) {
        var clock = kiosk.clock();
        return kiosk.closeOnStop(new Watchdog(
                clock,
                SystemdNotifier.fromEnvironment(System.getenv(), clock),
                List.of(
                        HealthProbe.recentlyTicked("alarm", clock, engine::lastTick, KernelHealth.ALARM_SILENCE),
                        HealthProbe.of(
                                "store",
                                () -> Optional.of(store.probe())
                                        .filter(h -> !h.isOk())
                                        .map(h -> h.reason())))));
    }

    /** Past events, old audit and job entries and seen notices are pruned daily, as {@code store:} in kiosk.yaml says. */
    private static void keepTheStoreSmall(Kiosk kiosk) {
        var retention = new StoreRetentionService(
                new JdbiStoreHousekeeping(kiosk.database()),
                kiosk.config().store().retentionPolicy(),
                kiosk.clock());
        var scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("store-retention").daemon().factory());
        retention.start(scheduler);
        kiosk.closeOnStop(scheduler::shutdownNow);
    }

    /**
     * The JVM's uptime, on the same clock as the screen's start times. Not the process's start
     * instant: Linux gives the boot time it rests on in whole seconds, so that reads up to 1 s late.
     */
    private static Duration sinceJvmStart() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }

    public Kiosk kiosk() {
        return kiosk;
    }

    /** The remote commands received, as the remote-commands screen reads them. */
    public JobHistory jobs() {
        return kiosk.jobLedger();
    }

    /** The relay the alarm drives: on a Pi the board's, elsewhere Pi4J's mock. */
    public Relay relay() {
        return alarm.relay();
    }

    public AlarmEngine alarm() {
        return alarm.engine();
    }

    /** The kernel's health check, which the heartbeat runs every minute (the watchdog asks the alarm and the store itself). */
    public KernelHealth health() {
        return health;
    }

    /** Stops the import and the cloud, the alarm (light off, relay released) and the store, in that order. */
    @Override
    public void close() {
        kiosk.close();
    }
}
