package be.ghelamcoalert.adapter.persistence;

import static be.ghelamcoalert.adapter.persistence.Timestamps.utcOrNull;

import be.ghelamcoalert.core.model.PinLockout;
import be.ghelamcoalert.core.port.PinLockoutStore;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The admin PIN's lockout in the one row of {@code admin_pin_lockout}. */
public final class JdbiPinLockoutStore implements PinLockoutStore {
    private final Database database;

    public JdbiPinLockoutStore(Database database) {
        this.database = database;
    }

    @Override
    public PinLockout load() {
        return database.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT failures, lockouts, locked_until FROM admin_pin_lockout WHERE id = 1")
                        .map((rs, ctx) -> new PinLockout(
                                rs.getInt("failures"),
                                rs.getInt("lockouts"),
                                Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))
                                        .map(OffsetDateTime::toInstant)))
                        .findOne()
                        .orElse(PinLockout.none()));
    }

    @Override
    public void save(PinLockout lockout) {
        database.jdbi()
                .useHandle(h -> h.createUpdate(
                                "MERGE INTO admin_pin_lockout (id, failures, lockouts, locked_until) KEY (id) VALUES (1, :failures, :lockouts, :until)")
                        .bind("failures", lockout.failures())
                        .bind("lockouts", lockout.lockouts())
                        .bind("until", utcOrNull(lockout.lockedUntil()))
                        .execute());
    }
}
