package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.PinLockout;

/** Where the admin PIN's wrong tries and lockout are kept, so that they survive a restart. */
public interface PinLockoutStore {

    /** {@link PinLockout#none()} when nothing was ever kept. */
    PinLockout load();

    void save(PinLockout lockout);
}
