package be.ghelamcoalert.app.selftest;

import be.ghelamcoalert.adapter.fixtures.FixtureSources;
import be.ghelamcoalert.adapter.fixtures.Pause;
import be.ghelamcoalert.adapter.fixtures.SourceWebClient;
import be.ghelamcoalert.config.FixtureConfig;
import be.ghelamcoalert.core.model.fixtures.SourceUnavailableException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each fixture source read once, as the import reads it but with one attempt: reachable, and how
 * many rows and fixtures its selectors find. Nothing is imported; the store is not touched.
 */
final class FixtureSourcesCheck {
    private FixtureSourcesCheck() {}

    static List<CheckResult> run(Optional<FixtureConfig> fixtures, Clock clock, ZoneId venueZone) {
        if (fixtures.isEmpty() || fixtures.get().sources().isEmpty()) {
            return List.of(CheckResult.notConfigured("fixture sources", "no source configured: no import"));
        }
        var config = fixtures.get();
        var http = config.http();
        var once = new FixtureConfig.Http(
                http.userAgent(), http.timeout(), 1, http.firstBackoff(), http.maxMegabytes(), http.maxAttemptTime());
        var results = new ArrayList<CheckResult>();
        try (var web = new SourceWebClient(once, Pause.sleeping())) {
            var onceConfig =
                    new FixtureConfig(config.ourClub(), config.schedule(), once, config.guard(), config.sources());
            for (var source : FixtureSources.of(onceConfig, web, clock, venueZone)) {
                var check = "fixtures " + source.name();
                try {
                    var page = source.fetch();
                    var detail = page.location() + ": " + page.rowCount() + " rows, "
                            + page.fixtures().size() + " fixtures";
                    results.add(
                            page.rowCount() == 0
                                    ? CheckResult.fail(
                                            check,
                                            detail
                                                    + ": the row selector finds nothing (try: ghelamco-alert fixtures probe)")
                                    : CheckResult.ok(check, detail));
                } catch (SourceUnavailableException e) {
                    results.add(CheckResult.fail(check, e.getMessage()));
                }
            }
        }
        return results;
    }
}
