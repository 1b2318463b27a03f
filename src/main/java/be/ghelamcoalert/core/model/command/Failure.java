package be.ghelamcoalert.core.model.command;

import java.util.List;

/**
 * How a command failed while it was carried out, as a code the screen words in the reader's
 * language ({@code failure.<CODE>} in its resource bundles, with the same arguments), with the
 * English template that logs and job statuses carry ({@link Wording}). A failure no code names is
 * {@link ReasonCode#UNEXPECTED}.
 */
public enum Failure {
    /**
     * The release on trial did not come up healthy within the limit and was rolled back.
     * {0}: the release, {1}: the parts that did not come up, {2}: the English detail.
     */
    RELEASE_NOT_HEALTHY("release {0} rolled back: {2}"),
    /** The launcher rolled the release back (crashed starts, or the kiosk asked). {0}: the release, {1}: the one running again, {2}: the launcher's reason. */
    RELEASE_ROLLED_BACK("release {0} was rolled back to {1}: {2}"),
    /** Unpacking or switching failed; nothing changed. {0}: the release, {1}: the one that runs on, {2}: the English detail. */
    RELEASE_NOT_INSTALLED("release {0} could not be installed; {1} runs on: {2}");

    private final String english;

    Failure(String english) {
        this.english = english;
    }

    public String englishTemplate() {
        return english;
    }

    public String english(List<MessageArgument> args) {
        return Wording.english(english, args);
    }
}
