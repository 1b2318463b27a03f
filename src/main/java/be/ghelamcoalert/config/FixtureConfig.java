package be.ghelamcoalert.config;

import be.ghelamcoalert.core.model.fixtures.GuardSettings;
import be.ghelamcoalert.core.model.fixtures.OurVenue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * The fixture import, from {@code kiosk-config/fixtures.yaml}: who we are, where the car park
 * is, which sources to read and how, when to import and when to distrust a source.
 */
public record FixtureConfig(
        Club ourClub, Schedule schedule, Http http, Guard guard, List<FixtureSourceConfig> sources) {

    public FixtureConfig {
        ourClub = ourClub == null ? Club.defaults() : ourClub;
        schedule = schedule == null ? Schedule.defaults() : schedule;
        http = http == null ? Http.defaults() : http;
        guard = guard == null ? Guard.defaults() : guard;
        sources = sources == null ? List.of() : List.copyOf(sources);
        var names = new HashSet<String>();
        for (var source : sources) {
            if (!names.add(source.name())) {
                throw new IllegalArgumentException("two sources are called '" + source.name() + "'");
            }
        }
    }

    /**
     * @param names        our club as sources write it; the first is used in event ids
     * @param venues       every name our stadium had or has; the last is its current name
     * @param unknownWords what a source writes for a team or venue that is not known yet
     */
    public record Club(List<String> names, List<String> venues, List<String> unknownWords) {
        public Club {
            names = names == null ? List.of("KAA Gent", "AA Gent", "Gent", "K.A.A. Gent") : List.copyOf(names);
            venues = venues == null
                    ? List.of("Ghelamco Arena", "KAA Gent Arena", "Planet Group Arena")
                    : List.copyOf(venues);
            unknownWords = unknownWords == null
                    ? List.of(
                            "tbc",
                            "tbd",
                            "nnb",
                            "n.n.b.",
                            "nog te bepalen",
                            "onbekend",
                            "a determiner",
                            "à déterminer",
                            "?")
                    : List.copyOf(unknownWords);
            venue(names, venues, unknownWords);
        }

        static Club defaults() {
            return new Club(null, null, null);
        }

        public OurVenue venue() {
            return venue(names, venues, unknownWords);
        }

        private static OurVenue venue(List<String> names, List<String> venues, List<String> unknownWords) {
            return new OurVenue(names, venues, unknownWords);
        }
    }

    /**
     * @param atStart whether to import when the kiosk starts
     * @param every   the interval between imports (ISO-8601, PT1H)
     * @param jitter  up to this much earlier or later, so kiosks do not hit the site together
     */
    public record Schedule(Boolean atStart, Duration every, Duration jitter) {
        public Schedule {
            atStart = atStart == null ? Boolean.TRUE : atStart;
            every = every == null ? Duration.ofHours(1) : every;
            jitter = jitter == null ? Duration.ofMinutes(5) : jitter;
            if (every.compareTo(Duration.ofMinutes(5)) < 0) {
                throw new IllegalArgumentException("every must be at least PT5M (be kind to the sites), was " + every);
            }
            if (jitter.isNegative() || jitter.compareTo(every) >= 0) {
                throw new IllegalArgumentException("jitter must be at least 0 and less than 'every', was " + jitter);
            }
        }

        static Schedule defaults() {
            return new Schedule(null, null, null);
        }
    }

    /**
     * @param userAgent      the browser the sources see
     * @param timeout        connect and read timeout of one attempt (a silent server)
     * @param attempts       attempts per import on timeouts and HTTP 5xx/429
     * @param firstBackoff   the pause after the first failed attempt; doubled after each next one
     * @param maxMegabytes   the largest response a source may send (MB of 1024 × 1024 bytes), counted
     *                       while it streams in; a larger one fails the source as "too large"
     * @param maxAttemptTime the whole of one attempt, redirects and a server trickling its bytes
     *                       included; at the limit the connection is cut
     */
    public record Http(
            String userAgent,
            Duration timeout,
            Integer attempts,
            Duration firstBackoff,
            Integer maxMegabytes,
            Duration maxAttemptTime) {
        public static final String DEFAULT_USER_AGENT =
                "Mozilla/5.0 (X11; Linux aarch64; rv:128.0) Gecko/20100101 Firefox/128.0 GhelamcoAlert/1";

        public Http {
            userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
            timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
            attempts = attempts == null ? 3 : attempts;
            firstBackoff = firstBackoff == null ? Duration.ofSeconds(5) : firstBackoff;
            maxMegabytes = maxMegabytes == null ? 5 : maxMegabytes;
            maxAttemptTime = maxAttemptTime == null ? Duration.ofSeconds(60) : maxAttemptTime;
            if (!timeout.isPositive() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("timeout must be between 1 ms and 5 minutes, was " + timeout);
            }
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("attempts must be 1 to 10, was " + attempts);
            }
            if (firstBackoff.isNegative() || firstBackoff.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("firstBackoff must be between 0 and 5 minutes, was " + firstBackoff);
            }
            if (maxMegabytes < 1 || maxMegabytes > 100) {
                throw new IllegalArgumentException("maxMegabytes must be 1 to 100, was " + maxMegabytes);
            }
            if (maxAttemptTime.compareTo(timeout) < 0 || maxAttemptTime.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("maxAttemptTime must be at least the timeout (" + timeout
                        + ") and at most 10 minutes, was " + maxAttemptTime);
            }
        }

        /** The defaults for the size and the time of an attempt. */
        public Http(String userAgent, Duration timeout, Integer attempts, Duration firstBackoff) {
            this(userAgent, timeout, attempts, firstBackoff, null, null);
        }

        static Http defaults() {
            return new Http(null, null, null, null, null, null);
        }

        /** {@link #maxMegabytes()} in bytes. */
        public long maxBytes() {
            return maxMegabytes * 1024L * 1024L;
        }
    }

    /** See {@link GuardSettings}: when an import is quarantined instead of applied. */
    public record Guard(
            Double maxUnreadableShare,
            Double maxAtVenueDrop,
            Integer minBaselineForDrop,
            Double maxCancelledShare,
            Double maxAtVenueGrowth,
            Integer maxNewEvents,
            List<String> consentWords,
            List<String> errorWords) {
        public Guard {
            var standard = GuardSettings.standard();
            maxUnreadableShare = maxUnreadableShare == null ? standard.maxProblemShare() : maxUnreadableShare;
            maxAtVenueDrop = maxAtVenueDrop == null ? standard.maxAtVenueDrop() : maxAtVenueDrop;
            minBaselineForDrop = minBaselineForDrop == null ? standard.minBaselineForDrop() : minBaselineForDrop;
            maxCancelledShare = maxCancelledShare == null ? standard.maxCancelledShare() : maxCancelledShare;
            maxAtVenueGrowth = maxAtVenueGrowth == null ? standard.maxAtVenueGrowth() : maxAtVenueGrowth;
            maxNewEvents = maxNewEvents == null ? standard.maxNewEvents() : maxNewEvents;
            consentWords = consentWords == null ? standard.consentWords() : List.copyOf(consentWords);
            errorWords = errorWords == null ? standard.errorWords() : List.copyOf(errorWords);
            settings(
                    maxUnreadableShare,
                    maxAtVenueDrop,
                    minBaselineForDrop,
                    maxCancelledShare,
                    maxAtVenueGrowth,
                    maxNewEvents,
                    consentWords,
                    errorWords);
        }

        static Guard defaults() {
            return new Guard(null, null, null, null, null, null, null, null);
        }

        public GuardSettings settings() {
            return settings(
                    maxUnreadableShare,
                    maxAtVenueDrop,
                    minBaselineForDrop,
                    maxCancelledShare,
                    maxAtVenueGrowth,
                    maxNewEvents,
                    consentWords,
                    errorWords);
        }

        private static GuardSettings settings(
                double unreadable,
                double drop,
                int baseline,
                double cancelled,
                double growth,
                int created,
                List<String> consent,
                List<String> error) {
            return new GuardSettings(unreadable, drop, baseline, cancelled, growth, created, consent, error);
        }
    }
}
