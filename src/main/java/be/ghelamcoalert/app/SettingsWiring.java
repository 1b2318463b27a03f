package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.adapter.persistence.JdbiSettingsRepository;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.core.model.DeviceFacts;
import be.ghelamcoalert.core.model.DeviceSettings;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.service.DeviceSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin screen's settings: kiosk.yaml's values, overridden by the choices stored in H2, read
 * by the screen through {@code KioskQueries} and changed through {@code KioskCommandService}.
 */
final class SettingsWiring {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsWiring.class);

    private SettingsWiring() {}

    /** kiosk.yaml's settings with the admin screen's choices stored in {@code database} on top. */
    static DeviceSettingsService service(KioskConfig config, Database database) {
        var configured = new DeviceSettings(
                Language.of(config.kiosk().language()), config.ui().nightMode().schedule());
        var facts = new DeviceFacts(
                config.kiosk().name(),
                AppVersion.current(),
                database.directory().toAbsolutePath().toString(),
                config.iot().map(iot -> iot.thingName()),
                config.alarm().relay().pin());
        var service = new DeviceSettingsService(configured, facts, new JdbiSettingsRepository(database));
        if (!service.current().equals(configured)) {
            LOG.info("Settings chosen on the screen override kiosk.yaml: {}", service.current());
        }
        return service;
    }
}
