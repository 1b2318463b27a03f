package be.ghelamcoalert.ui.start;

import java.time.Instant;
import java.util.Optional;

/** Where the kiosk keeps its {@link StartPicture} between runs. */
public interface StartPictures {

    /**
     * The picture kept last, if there is one that is still {@link StartPicture#showableAt showable}
     * at {@code now}; never throws: a missing, unreadable or damaged picture is simply none, and
     * the kiosk starts as without one.
     */
    Optional<StartPicture> showableAt(Instant now);

    /** Keeps {@code picture} in place of the one before; a failure is logged, not thrown. */
    void keep(StartPicture picture);

    /** Forgets the kept picture: the store was changed by something other than this screen. */
    void discard();

    /** Whether pictures are kept at all: the screen takes none for a store that keeps none. */
    default boolean keepsPictures() {
        return true;
    }

    /** Keeps nothing (the demo, which starts afresh every time, and tests). */
    static StartPictures none() {
        return new StartPictures() {
            @Override
            public Optional<StartPicture> showableAt(Instant now) {
                return Optional.empty();
            }

            @Override
            public void keep(StartPicture picture) {}

            @Override
            public void discard() {}

            @Override
            public boolean keepsPictures() {
                return false;
            }
        };
    }
}
