package be.ghelamcoalert.ui.night;

import java.time.Instant;

/**
 * Moves the hero a few pixels every minute along a slow loop, so that no bright edge stays on
 * the same pixels for hours. The shift is a pure function of the minute: it repeats every hour.
 */
public final class BurnInGuard {
    /** Largest shift in pixels, each way. */
    public static final int MAX_SHIFT = 6;

    public record Shift(int x, int y) {}

    private BurnInGuard() {}

    public static Shift at(Instant instant) {
        long minute = Math.floorDiv(instant.getEpochSecond(), 60);
        int step = (int) Math.floorMod(minute, 60);
        double angle = 2 * Math.PI * step / 60.0;
        int x = (int) Math.round(MAX_SHIFT * Math.sin(angle));
        int y = (int) Math.round(MAX_SHIFT / 2.0 * Math.sin(2 * angle));
        return new Shift(x, y);
    }
}
