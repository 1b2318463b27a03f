package be.ghelamcoalert.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

/**
 * One fixture source. An HTML page is read with XPath: {@code row} selects each fixture, the
 * {@code fields} are evaluated relative to it, so that an operator can follow a site redesign by
 * editing the file. A page that builds its list with scripts is read after they ran
 * ({@code javascript: true}) once {@code waitFor} matches. A JSON feed is read the same way with
 * JSON Pointers ({@code row}: the array of matches, {@code fields}: relative to one match). An
 * iCalendar feed needs only its URL: every VEVENT is an event at our venue.
 *
 * @param name           short name: the audit log's actor, the key of its health ([a-z0-9-])
 * @param type           HTML or ICAL
 * @param url            http(s) or file URL
 * @param zone           the zone the source writes its times in (a UK data set: Europe/London)
 * @param languages      whose day and month names to read: nl, fr, en
 * @param monthNames     extra month spellings, e.g. { "sept": 9, "juil": 7 }
 * @param timePattern    a regex with two groups, hours and minutes (20u30, 20:30, 20.30, 20h30)
 * @param tbcWords       what the source writes while a time is not known ("TBC", "nog te bepalen")
 * @param postponedWords the words for a postponed match, in any field
 * @param cancelledWords the words for a cancelled match, in any field
 * @param javascript     HTML only: run the page's scripts (and the requests they make, under the same
 *                       size and time limits) before reading it
 * @param waitFor        with javascript: an XPath that must match before the page is read (default: {@code row})
 * @param scriptTime     with javascript: the most the scripts may take, from the request to {@code waitFor}
 *                       matching (default 20 s, at most the attempt's time)
 */
public record FixtureSourceConfig(
        String name,
        Type type,
        String url,
        ZoneId zone,
        List<String> languages,
        Map<String, Integer> monthNames,
        String timePattern,
        String row,
        Fields fields,
        List<String> tbcWords,
        List<String> postponedWords,
        List<String> cancelledWords,
        Boolean javascript,
        String waitFor,
        Duration scriptTime) {

    public enum Type {
        HTML,
        ICAL,
        JSON
    }

    /** A JSON Pointer (RFC 6901): empty, or steps each starting with '/', '~' only as ~0 or ~1. */
    private static final Pattern JSON_POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

    public static final String DEFAULT_TIME_PATTERN =
            "(?<![\\d./-])([01]?\\d|2[0-3])\\s*[:.uUhH]\\s*([0-5]\\d)(?!\\d|[./-]\\d)";

    public FixtureSourceConfig {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException(
                    "every source needs a name of lower-case letters, digits and dashes, was '" + name + "'");
        }
        type = type == null ? Type.HTML : type;
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("source '" + name + "' needs a url");
        }
        url = url.strip();
        requireUrl(name, url);
        zone = zone == null ? ZoneId.of("Europe/Brussels") : zone;
        languages = languages == null ? List.of("nl", "fr", "en") : List.copyOf(languages);
        for (var language : languages) {
            if (!List.of("nl", "fr", "en", "de").contains(language)) {
                throw new IllegalArgumentException(
                        "source '" + name + "': language '" + language + "' is not one of nl, fr, en, de");
            }
        }
        monthNames = monthNames == null ? Map.of() : Map.copyOf(monthNames);
        monthNames.forEach((word, month) -> {
            if (month == null || month < 1 || month > 12) {
                throw new IllegalArgumentException("source '" + name + "': month name '" + word + "' must map to 1-12");
            }
        });
        timePattern = timePattern == null ? DEFAULT_TIME_PATTERN : timePattern;
        try {
            if (Pattern.compile(timePattern).matcher("").groupCount() < 2) {
                throw new IllegalArgumentException(
                        "source '" + name + "': timePattern needs two groups (hours, minutes)");
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "source '" + name + "': timePattern is not a valid regex: " + e.getDescription());
        }
        tbcWords = tbcWords == null
                ? List.of(
                        "tbc",
                        "tbd",
                        "tba",
                        "nnb",
                        "n.n.b.",
                        "nog te bepalen",
                        "onbekend",
                        "--:--",
                        "-:-",
                        "à déterminer",
                        "a determiner",
                        "to be confirmed",
                        "later bekend")
                : List.copyOf(tbcWords);
        postponedWords = postponedWords == null
                ? List.of("uitgesteld", "postponed", "reporté", "remis", "verschoven")
                : List.copyOf(postponedWords);
        cancelledWords = cancelledWords == null
                ? List.of("afgelast", "geannuleerd", "cancelled", "canceled", "annulé")
                : List.copyOf(cancelledWords);
        if (type == Type.HTML) {
            if (row == null || row.isBlank()) {
                throw new IllegalArgumentException("source '" + name + "' (HTML) needs a 'row' XPath");
            }
            requireXPath(name, "row", row);
            if (fields == null) {
                throw new IllegalArgumentException(
                        "source '" + name + "' (HTML) needs 'fields' (date, home, away, ...)");
            }
            fields.check(name, (field, xpath) -> requireXPath(name, field, xpath));
        }
        if (type == Type.JSON) {
            if (row == null) {
                throw new IllegalArgumentException(
                        "source '" + name + "' (JSON) needs a 'row' JSON Pointer to the array of"
                                + " matches, e.g. /data/matches (\"\" when the feed is the array)");
            }
            requireJsonPointer(name, "row", row);
            if (fields == null) {
                throw new IllegalArgumentException(
                        "source '" + name + "' (JSON) needs 'fields' (date, home, away, ...)");
            }
            fields.check(name, (field, pointer) -> requireJsonPointer(name, field, pointer));
        }
        javascript = javascript != null && javascript;
        if (javascript && type != Type.HTML) {
            throw new IllegalArgumentException("source '" + name + "': javascript is for HTML pages, not " + type);
        }
        waitFor = waitFor == null || waitFor.isBlank() ? row : waitFor.strip();
        if (javascript) {
            requireXPath(name, "waitFor", waitFor);
        }
        scriptTime = scriptTime == null ? Duration.ofSeconds(20) : scriptTime;
        if (!scriptTime.isPositive() || scriptTime.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException(
                    "source '" + name + "': scriptTime must be between 1 ms and 5 minutes, was " + scriptTime);
        }
    }

    /** A source without scripts (the fields of the first release). */
    public FixtureSourceConfig(
            String name,
            Type type,
            String url,
            ZoneId zone,
            List<String> languages,
            Map<String, Integer> monthNames,
            String timePattern,
            String row,
            Fields fields,
            List<String> tbcWords,
            List<String> postponedWords,
            List<String> cancelledWords) {
        this(
                name,
                type,
                url,
                zone,
                languages,
                monthNames,
                timePattern,
                row,
                fields,
                tbcWords,
                postponedWords,
                cancelledWords,
                null,
                null,
                null);
    }

    public List<Locale> locales() {
        return languages.stream().map(Locale::forLanguageTag).toList();
    }

    /**
     * XPath expressions (HTML) or JSON Pointers (JSON) relative to a row. {@code date} and either
     * {@code home}+{@code away} or {@code id} are needed; {@code time} may be left out when the date
     * holds the time too.
     */
    public record Fields(
            String id,
            String date,
            String time,
            String home,
            String away,
            String competition,
            String venue,
            String status) {

        void check(String source, java.util.function.BiConsumer<String, String> selector) {
            if (date == null) {
                throw new IllegalArgumentException("source '" + source + "' needs a 'date' field");
            }
            if ((home == null || away == null) && id == null) {
                throw new IllegalArgumentException(
                        "source '" + source + "' needs 'home' and 'away' fields (or an 'id')");
            }
            var all = new java.util.LinkedHashMap<String, String>();
            all.put("id", id);
            all.put("date", date);
            all.put("time", time);
            all.put("home", home);
            all.put("away", away);
            all.put("competition", competition);
            all.put("venue", venue);
            all.put("status", status);
            all.forEach((field, expression) -> {
                if (expression != null) {
                    selector.accept("fields." + field, expression);
                }
            });
        }
    }

    private static void requireXPath(String source, String field, String xpath) {
        try {
            XPathFactory.newInstance().newXPath().compile(xpath);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(
                    "source '" + source + "': " + field + " '" + xpath + "' is not a valid XPath");
        }
    }

    private static void requireJsonPointer(String source, String field, String pointer) {
        if (!JSON_POINTER.matcher(pointer).matches()) {
            throw new IllegalArgumentException("source '" + source + "': " + field + " '" + pointer
                    + "' is not a JSON Pointer" + " (like /data/matches or /homeTeam/name)");
        }
    }

    private static void requireUrl(String source, String url) {
        try {
            var scheme = new URI(url).getScheme();
            if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "source '" + source + "': url must be http, https or file, was '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "source '" + source + "': url '" + url + "' is not valid: " + e.getReason());
        }
    }
}
