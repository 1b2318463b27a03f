package be.ghelamcoalert.core.model.command;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Fills the English templates of {@link Refusal} and the command outcomes: "{0}", "{1}", ... are
 * replaced by the arguments. English is what logs, the audit log and job statuses read; the
 * screen renders the same code and arguments from its own resource bundles.
 */
public final class Wording {
    private Wording() {}

    public static String english(String template, List<?> args) {
        var text = template;
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", english(args.get(i)));
        }
        return text;
    }

    /** An argument in English: enums in lower case ("warning"), date-times as "2026-11-28 17:45". */
    static String english(Object arg) {
        return switch (arg) {
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case LocalDateTime t -> t.toString().replace('T', ' ');
            default -> String.valueOf(arg);
        };
    }
}
