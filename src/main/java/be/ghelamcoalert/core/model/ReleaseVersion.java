package be.ghelamcoalert.core.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The version of a release of the application, e.g. {@code 1.4.2} or {@code 1.5.0-rc1}: one to
 * four numbers and an optional qualifier. Versions are ordered by their numbers (missing ones are
 * 0); with equal numbers a version without qualifier is newer than one with (1.5.0-rc1 &lt; 1.5.0),
 * and qualifiers compare as text.
 */
public record ReleaseVersion(String text) implements Comparable<ReleaseVersion> {
    private static final Pattern FORM = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}(-[A-Za-z0-9.]{1,40})?");
    private static final Comparator<ReleaseVersion> ORDER = Comparator.<ReleaseVersion, int[]>comparing(
                    ReleaseVersion::numbers, Arrays::compare)
            .thenComparing(v -> v.qualifier().isEmpty(), Boolean::compare)
            .thenComparing(v -> v.qualifier().orElse(""));

    public ReleaseVersion {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a release version such as 1.4.2 or 1.5.0-rc1");
        }
    }

    public static ReleaseVersion of(String text) {
        return new ReleaseVersion(text);
    }

    private int[] numbers() {
        var parts = text.split("-", 2)[0].split("\\.");
        var numbers = new int[4];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    private Optional<String> qualifier() {
        var dash = text.indexOf('-');
        return dash < 0 ? Optional.empty() : Optional.of(text.substring(dash + 1));
    }

    public boolean isNewerThan(ReleaseVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ReleaseVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
