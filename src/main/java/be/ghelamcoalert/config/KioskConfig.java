package be.ghelamcoalert.config;

import java.util.Optional;

/**
 * Everything the kiosk reads from {@code kiosk-config/kiosk.yaml}, validated and immutable.
 *
 * @param alarm the alarm light, relay and office hours
 * @param iot the AWS IoT connection; empty: the kiosk runs offline
 * @param store how long the store keeps past events, logs and quarantined pages
 * @param updates over-the-air updates: the trusted release keys and the trial limit
 */
public record KioskConfig(
        KioskSettings kiosk,
        DeadlineSettings deadlines,
        AlertSettings alerts,
        UiSettings ui,
        AlarmSettings alarm,
        Optional<IotSettings> iot,
        StoreSettings store,
        UpdateConfig updates) {

    public KioskConfig {
        kiosk = kiosk == null ? KioskSettings.defaults() : kiosk;
        deadlines = deadlines == null ? DeadlineSettings.defaults() : deadlines;
        alerts = alerts == null ? AlertSettings.defaults() : alerts;
        ui = ui == null ? UiSettings.defaults() : ui;
        alarm = alarm == null ? AlarmSettings.defaults() : alarm;
        iot = iot == null ? Optional.empty() : iot;
        store = store == null ? StoreSettings.defaults() : store;
        updates = updates == null ? UpdateConfig.defaults() : updates;
    }

    /** With the default over-the-air update settings. */
    public KioskConfig(
            KioskSettings kiosk,
            DeadlineSettings deadlines,
            AlertSettings alerts,
            UiSettings ui,
            AlarmSettings alarm,
            Optional<IotSettings> iot,
            StoreSettings store) {
        this(kiosk, deadlines, alerts, ui, alarm, iot, store, null);
    }

    /** With the store's default retention. */
    public KioskConfig(
            KioskSettings kiosk,
            DeadlineSettings deadlines,
            AlertSettings alerts,
            UiSettings ui,
            AlarmSettings alarm,
            Optional<IotSettings> iot) {
        this(kiosk, deadlines, alerts, ui, alarm, iot, null, null);
    }

    public static KioskConfig defaults() {
        return new KioskConfig(null, null, null, null, null, null, null, null);
    }

    public KioskConfig withUi(UiSettings newUi) {
        return new KioskConfig(kiosk, deadlines, alerts, newUi, alarm, iot, store, updates);
    }

    public KioskConfig withAlarm(AlarmSettings newAlarm) {
        return new KioskConfig(kiosk, deadlines, alerts, ui, newAlarm, iot, store, updates);
    }

    public KioskConfig withIot(Optional<IotSettings> newIot) {
        return new KioskConfig(kiosk, deadlines, alerts, ui, alarm, newIot, store, updates);
    }
}
