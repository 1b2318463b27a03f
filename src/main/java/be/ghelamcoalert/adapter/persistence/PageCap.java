package be.ghelamcoalert.adapter.persistence;

/**
 * Cuts a quarantined page to at most a number of UTF-8 bytes: its beginning, then a marker that
 * says it was cut and how long it was. The beginning is what a diagnosis needs (the consent wall,
 * the error page, the changed table head).
 */
final class PageCap {
    private PageCap() {}

    static String cap(String page, int maxBytes) {
        var length = utf8Length(page, page.length());
        if (length <= maxBytes) {
            return page;
        }
        var marker = "\n<!-- Ghelamco Alert: page cut to " + maxBytes + " bytes; it had " + length + " bytes -->";
        var end = prefixWithin(page, maxBytes - utf8Length(marker, marker.length()));
        return page.substring(0, end) + marker;
    }

    /** The longest prefix, in chars, whose UTF-8 form fits in {@code budget} bytes, never splitting a character. */
    private static int prefixWithin(String text, long budget) {
        var used = 0L;
        var at = 0;
        while (at < text.length()) {
            var codePoint = text.codePointAt(at);
            used += utf8Bytes(codePoint);
            if (used > budget) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    private static long utf8Length(String text, int end) {
        var bytes = 0L;
        for (var at = 0; at < end; ) {
            var codePoint = text.codePointAt(at);
            bytes += utf8Bytes(codePoint);
            at += Character.charCount(codePoint);
        }
        return bytes;
    }

    private static int utf8Bytes(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
