package be.ghelamcoalert.testing;

import java.util.List;

/**
 * Fixture pages that build the table layout of {@link FixturePage} in the browser: from data
 * inline in the page, or from a JSON file the page requests with XMLHttpRequest. Read with
 * {@link TestSources#scripted}.
 */
public final class ScriptedFixturePage {
    private ScriptedFixturePage() {}

    /** A page whose script builds the table from the rows written into the script. */
    public static String inline(List<FixturePage.Row> rows) {
        return page("build(" + json(rows) + ");");
    }

    /** A page whose script requests {@code dataPath} (see {@link #json}) and then builds the table. */
    public static String loading(String dataPath) {
        return page("var request = new XMLHttpRequest();\n"
                + "request.onload = function () { build(JSON.parse(request.responseText)); };\n"
                + "request.open('GET', '" + dataPath + "');\nrequest.send();");
    }

    /** A page whose script never ends. */
    public static String endless() {
        return page("while (true) { }");
    }

    /** The rows as the JSON array the scripts read. */
    public static String json(List<FixturePage.Row> rows) {
        var out = new StringBuilder("[");
        for (var r : rows) {
            out.append(out.length() > 1 ? "," : "")
                    .append("{\"id\":\"")
                    .append(r.id())
                    .append("\",\"date\":\"")
                    .append(r.date())
                    .append("\",\"time\":\"")
                    .append(r.time())
                    .append("\",\"home\":\"")
                    .append(r.home())
                    .append("\",\"away\":\"")
                    .append(r.away())
                    .append("\",\"competition\":\"")
                    .append(r.competition())
                    .append("\",\"venue\":\"")
                    .append(r.venue())
                    .append("\",\"status\":\"")
                    .append(r.status())
                    .append("\"}");
        }
        return out.append("]").toString();
    }

    private static String page(String script) {
        return "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Wedstrijden | KAA Gent</title></head><body>"
                + "<div id='app'>Laden...</div><script>\n"
                + "function build(matches) {\n"
                + "  var html = \"<table class='fixtures'><tbody>\";\n"
                + "  matches.forEach(function (m) {\n"
                + "    html += '<tr' + (m.id ? \" data-match-id='\" + m.id + \"'\" : '') + '>';\n"
                + "    ['date', 'time', 'home', 'away', 'competition', 'venue', 'status'].forEach(function (f) {\n"
                + "      html += \"<td class='\" + f + \"'>\" + m[f] + '</td>';\n"
                + "    });\n"
                + "    html += '</tr>';\n"
                + "  });\n"
                + "  document.getElementById('app').innerHTML = html + '</tbody></table>';\n"
                + "}\n" + script + "\n</script></body></html>";
    }
}
