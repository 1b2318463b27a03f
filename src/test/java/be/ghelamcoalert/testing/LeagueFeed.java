package be.ghelamcoalert.testing;

/** JSON feeds as club and league APIs publish them; read with the JSON sources of {@link TestSources}. */
public final class LeagueFeed {
    private LeagueFeed() {}

    /** A league API (football-data style): UTC kickoffs with an offset, teams as objects, a status word. */
    public static String league() {
        return """
                {"filters": {"season": "2024"}, "resultSet": {"count": 4},
                 "matches": [
                  {"id": 501, "utcDate": "2024-08-04T18:30:00Z", "status": "TIMED", "matchday": 2, "stage": "REGULAR_SEASON",
                   "competition": {"id": 2010, "name": "Jupiler Pro League"},
                   "homeTeam": {"id": 1, "name": "KAA Gent", "shortName": "Gent"},
                   "awayTeam": {"id": 2, "name": "Club Brugge KV", "shortName": "Brugge"}, "venue": "Planet Group Arena"},
                  {"id": 502, "utcDate": "2024-12-14T18:45:00+01:00", "status": "SCHEDULED", "matchday": 18,
                   "competition": {"id": 2010, "name": "Jupiler Pro League"},
                   "homeTeam": {"id": 1, "name": "KAA Gent"}, "awayTeam": {"id": 3, "name": "KRC Genk"}, "venue": null},
                  {"id": 503, "utcDate": "2024-09-14T14:00:00Z", "status": "POSTPONED", "matchday": 7,
                   "competition": {"id": 2010, "name": "Jupiler Pro League"},
                   "homeTeam": {"id": 4, "name": "Cercle Brugge"}, "awayTeam": {"id": 1, "name": "KAA Gent"}},
                  {"id": 504, "utcDate": "2024-10-02T19:00:00Z", "status": "CANCELLED", "matchday": 9,
                   "competition": {"id": 2010, "name": "Jupiler Pro League"},
                   "homeTeam": {"id": 1, "name": "KAA Gent"}, "awayTeam": {"id": 5, "name": "Standard Luik"}}
                 ]}""";
    }

    /** A club website's API: matches under data.fixtures, kickoffs in epoch milliseconds. */
    public static String clubWithEpochMillis() {
        // 2024-08-04T18:30Z and 2024-10-26T22:30Z (the night summer time ends)
        return """
                {"data": {"fixtures": [
                  {"matchId": "g-1", "kickoff": 1722796200000, "teams": {"home": "KAA Gent", "away": "Club Brugge"}},
                  {"matchId": "g-2", "kickoff": "1729981800000", "teams": {"home": "KAA Gent", "away": "Genk"}}
                ]}}""";
    }

    /** A feed that is an array, with a date and a time of their own; "TBC" and local ISO text. */
    public static String separateDateAndTime() {
        return """
                [
                  {"date": "2024-08-28", "time": "18:00", "home": "KAA Gent", "away": "Partizan"},
                  {"date": "2024-09-14", "time": "TBC", "home": "KAA Gent", "away": "Genk"},
                  {"date": "2024-09-22T14:30:00", "home": "KAA Gent", "away": "Antwerp"},
                  {"date": "2024-10-05T00:00:00", "time": "nog te bepalen", "home": "KAA Gent", "away": "OHL"}
                ]""";
    }
}
