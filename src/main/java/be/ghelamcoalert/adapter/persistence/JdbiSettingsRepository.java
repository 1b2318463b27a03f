package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utc;

import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NightSchedule;
import be.ghelamcoalert.core.model.SettingsOverrides;
import be.ghelamcoalert.core.port.SettingsRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/** The admin screen's settings in H2: one row, a NULL column where kiosk.yaml decides. */
public final class JdbiSettingsRepository implements SettingsRepository {
    private final Database database;

    public JdbiSettingsRepository(Database database) {
        this.database = database;
    }

    @Override
    public SettingsOverrides load() {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT language, night_on, night_from, night_until, night_action FROM kiosk_settings WHERE id = 1")
                        .map((rs, ctx) -> overrides(rs))
                        .findOne()
                        .orElseGet(SettingsOverrides::none));
    }

    @Override
    public void save(SettingsOverrides overrides, Instant at) {
        var night = overrides.nightMode();
        database.jdbi()
                .useHandle(h -> h.createUpdate("""
                        MERGE INTO kiosk_settings (id, language, night_on, night_from, night_until, night_action, changed_at)
                        KEY (id) VALUES (1, :language, :on, :from, :until, :action, :at)""")
                        .bind(
                                "language",
                                overrides.language().map(Language::code).orElse(null))
                        .bind("on", night.map(NightSchedule::enabled).orElse(null))
                        .bindByType("from", night.map(NightSchedule::from).orElse(null), LocalTime.class)
                        .bindByType("until", night.map(NightSchedule::until).orElse(null), LocalTime.class)
                        .bind("action", night.map(n -> n.action().name()).orElse(null))
                        .bind("at", utc(at))
                        .execute());
    }

    private static SettingsOverrides overrides(ResultSet rs) throws SQLException {
        var language = Optional.ofNullable(rs.getString("language")).map(Language::of);
        var on = rs.getObject("night_on", Boolean.class);
        var night = on == null
                ? Optional.<NightSchedule>empty()
                : Optional.of(new NightSchedule(
                        on,
                        rs.getObject("night_from", LocalTime.class),
                        rs.getObject("night_until", LocalTime.class),
                        NightSchedule.Action.valueOf(rs.getString("night_action"))));
        return new SettingsOverrides(language, night);
    }
}
