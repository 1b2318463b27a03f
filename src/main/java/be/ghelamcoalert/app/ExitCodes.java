package be.ghelamcoalert.app;

/** Exit codes shared by the kiosk and the operator commands. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Job document invalid, or another "no" verdict. */
    public static final int REJECTED = 1;

    public static final int BAD_CONFIG = 2;
    /** A fixture import that was quarantined. */
    public static final int QUARANTINED = 3;
    /** A fixture source that could not be reached (HTTP error, timeout) even after retries. */
    public static final int SOURCE_UNAVAILABLE = 4;
    /** The alarm engine failed with an {@link Error}: the process ends so systemd starts it again. */
    public static final int ALARM_FAILED = 6;
    /**
     * An update switched releases, or judged the release on trial: the process ends so that systemd
     * starts it again (the launcher picks the release, or rolls back).
     */
    public static final int UPDATE_RESTART = 7;

    private ExitCodes() {}
}
