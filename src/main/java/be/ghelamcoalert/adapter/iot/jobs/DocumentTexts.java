package be.ghelamcoalert.adapter.iot.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Every text in a job document, keys included, is printable: no control characters (C0, DEL, C1,
 * line breaks, tabs), no format characters (bidi overrides and isolates, zero-width characters,
 * soft hyphens), no line or paragraph separators (U+2028, U+2029), no lone surrogates, and never
 * empty or only spaces. An id or title that shows one thing on the kiosk's screen and another in
 * the operator's console cannot get in.
 */
final class DocumentTexts {
    private DocumentTexts() {}

    /** @throws DocumentProblem naming the first text that breaks the rule */
    static void requirePrintable(JsonNode node) {
        walk(node, "");
    }

    private static void walk(JsonNode node, String path) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                var childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                check(field.getKey(), childPath);
                walk(field.getValue(), childPath);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isTextual()) {
            check(node.textValue(), path);
        }
    }

    private static void check(String text, String path) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                throw new DocumentProblem(
                        path,
                        "contains %s at position %d: control, format and bidi characters (Unicode Cc, Cf, Zl, Zp) are not allowed"
                                .formatted(name(c), i + 1));
            }
            i += Character.charCount(c);
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new DocumentProblem(path, "must not be empty or only spaces");
        }
    }

    static boolean forbidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String name(int codePoint) {
        var hex = "U+" + String.format(Locale.ROOT, "%04X", codePoint);
        var name = Character.getName(codePoint);
        return name == null ? hex : hex + " (" + name.toLowerCase(Locale.ROOT) + ")";
    }
}
