package be.ghelamcoalert.config;

/** Everything the kiosk reads from {@code kiosk-config/kiosk.yaml}, validated and immutable. */
public record KioskConfig(KioskSettings kiosk, DeadlineSettings deadlines, AlertSettings alerts, UiSettings ui,
        AlarmSettings alarm) {

    public KioskConfig {
        kiosk = kiosk == null ? KioskSettings.defaults() : kiosk;
        deadlines = deadlines == null ? DeadlineSettings.defaults() : deadlines;
        alerts = alerts == null ? AlertSettings.defaults() : alerts;
        ui = ui == null ? UiSettings.defaults() : ui;
        alarm = alarm == null ? AlarmSettings.defaults() : alarm;
    }

    public static KioskConfig defaults() {
        return new KioskConfig(null, null, null, null, null);
    }
}
