package be.ghelamcoalert.app.selftest;

/**
 * One line of the self-test's table.
 *
 * @param check  what was checked ("store", "certificate", "fixtures club-fixtures", ...)
 * @param outcome how it went
 * @param detail what was found, or what is wrong and where
 */
public record CheckResult(String check, Outcome outcome, String detail) {

    public enum Outcome {
        /** Works. */
        OK,
        /** Works, but needs a look (a certificate that expires soon, a clock state that cannot be read). */
        WARN,
        /** Does not work: the self-test exits 1. */
        FAIL,
        /** Not set up on this kiosk (offline: no cloud; no fixture source): nothing to check. */
        NOT_CONFIGURED,
        /** Does not apply to this machine (no GPIO on a machine that is not a Raspberry Pi). */
        SKIPPED
    }

    static CheckResult ok(String check, String detail) {
        return new CheckResult(check, Outcome.OK, detail);
    }

    static CheckResult warn(String check, String detail) {
        return new CheckResult(check, Outcome.WARN, detail);
    }

    static CheckResult fail(String check, String detail) {
        return new CheckResult(check, Outcome.FAIL, detail);
    }

    static CheckResult notConfigured(String check, String detail) {
        return new CheckResult(check, Outcome.NOT_CONFIGURED, detail);
    }

    static CheckResult skipped(String check, String detail) {
        return new CheckResult(check, Outcome.SKIPPED, detail);
    }

    boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
