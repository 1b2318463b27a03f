package be.ghelamcoalert.testing;

import java.util.ArrayList;
import java.util.List;

/** Fixture pages as clubs publish them, in a table or a list layout. */
public final class FixturePage {
    /** One row: cells as the page writes them ("" leaves a cell empty). */
    public record Row(
            String id,
            String date,
            String time,
            String home,
            String away,
            String competition,
            String venue,
            String status) {
        public static Row match(String date, String time, String home, String away, String competition, String venue) {
            return new Row("", date, time, home, away, competition, venue, "");
        }

        public Row withId(String newId) {
            return new Row(newId, date, time, home, away, competition, venue, status);
        }

        public Row withStatus(String newStatus) {
            return new Row(id, date, time, home, away, competition, venue, newStatus);
        }

        public Row withTime(String newTime) {
            return new Row(id, date, newTime, home, away, competition, venue, status);
        }

        public Row withDate(String newDate) {
            return new Row(id, newDate, time, home, away, competition, venue, status);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private String title = "Wedstrijden | KAA Gent";

    public static FixturePage of(Row... rows) {
        var page = new FixturePage();
        page.rows.addAll(List.of(rows));
        return page;
    }

    public FixturePage add(Row row) {
        rows.add(row);
        return this;
    }

    public FixturePage title(String newTitle) {
        title = newTitle;
        return this;
    }

    /** The table layout read by {@link TestSources#table}. */
    public String table() {
        var html = new StringBuilder(
                "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
                        + "<nav>Menu</nav><table class='fixtures'><thead><tr><th>Datum</th><th>Uur</th><th>Thuis</th><th>Uit</th>"
                        + "<th>Competitie</th><th>Stadion</th><th>Status</th></tr></thead><tbody>\n");
        for (var r : rows) {
            html.append("<tr")
                    .append(r.id().isEmpty() ? "" : " data-match-id='" + r.id() + "'")
                    .append(">")
                    .append(td("date", r.date()))
                    .append(td("time", r.time()))
                    .append(td("home", r.home()))
                    .append(td("away", r.away()))
                    .append(td("competition", r.competition()))
                    .append(td("venue", r.venue()))
                    .append(td("status", r.status()))
                    .append("<td><a href='/match/")
                    .append(rows.indexOf(r))
                    .append("'>Details</a></td></tr>\n");
        }
        return html.append("</tbody></table><footer>© KAA Gent</footer></body></html>")
                .toString();
    }

    /** The list layout read by {@link TestSources#list}: date and time in one element, no venue. */
    public String list() {
        var html = new StringBuilder(
                "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><ul id='kalender'>\n");
        for (var r : rows) {
            html.append("<li class='match'><div class='when'>")
                    .append(esc(r.date()))
                    .append(r.time().isEmpty() ? "" : " " + esc(r.time()))
                    .append("</div><div class='teams'><span class='team home'>")
                    .append(esc(r.home()))
                    .append("</span> - <span class='team away'>")
                    .append(esc(r.away()))
                    .append("</span></div><p class='comp'>")
                    .append(esc(r.competition()))
                    .append("</p></li>\n");
        }
        return html.append("</ul></body></html>").toString();
    }

    private static String td(String cls, String text) {
        return "<td class='" + cls + "'>" + esc(text) + "</td>";
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
