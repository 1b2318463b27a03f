package be.ghelamcoalert.core.model.command;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Words the English templates of {@link Refusal}, the command outcomes and the notices: a
 * {@link MessageFormat} pattern ({0}, {1}: the arguments; a count picks its form with
 * {@code {0,choice,0#no alerts|1#1 alert|1<{0} alerts}}). English is what logs, the audit log and
 * job statuses read; the screen words the same code and arguments from its own resource bundles.
 */
public final class Wording {
    private Wording() {}

    public static String english(String template, List<MessageArgument> args) {
        return new MessageFormat(template, Locale.ENGLISH)
                .format(args.stream().map(Wording::formatted).toArray());
    }

    /** A count stays a number, so that a choice can pick the plural; the rest is its English text. */
    private static Object formatted(MessageArgument arg) {
        return arg instanceof MessageArgument.Count count ? count.value() : arg.english();
    }
}
