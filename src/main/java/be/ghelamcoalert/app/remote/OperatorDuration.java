package be.ghelamcoalert.app.remote;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as an operator types it: {@code 30m}, {@code 1h30m}, {@code 10s}, or ISO-8601 {@code PT15M}. */
final class OperatorDuration implements ITypeConverter<Duration> {
    private static final Pattern PLAIN = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        var text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration such as 30m, 1h30m, 10s or PT15M");
            }
        }
        var matcher = PLAIN.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration such as 30m, 1h30m, 10s or PT15M");
        }
        return Duration.ofHours(number(matcher.group(1)))
                .plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
