package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.AlertKind;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.EventStart;
import be.ghelamcoalert.core.model.JobRecord;
import be.ghelamcoalert.core.model.Language;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import be.ghelamcoalert.core.model.command.MessageArgument;
import be.ghelamcoalert.testing.IntegrationTest;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@IntegrationTest
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionIsTheNewestBundledMigration() {
        try (var database = Database.open(dir)) {
            var bundled = Flyway.configure()
                    .dataSource(url(), "kiosk", "")
                    .locations("classpath:db/migration")
                    .load()
                    .info()
                    .all();
            var newest = java.util.Arrays.stream(bundled)
                    .map(MigrationInfo::getVersion)
                    .max(MigrationVersion::compareTo)
                    .orElseThrow();
            assertThat(bundled).hasSizeGreaterThan(1);
            assertThat(newest.getVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void aNewStoreIsMigratedByFlywayAndNeedsNoCheckLater() throws SQLException {
        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).endsWith(Database.SCHEMA_VERSION);
            assertThat(database.verifySchema()).isEmpty();
        }
    }

    @Test
    void aCurrentStoreOpensWithoutFlywayAndIsCheckedOnceAfterwards() throws SQLException {
        Database.open(dir).close();
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");

        try (var database = Database.open(dir)) {
            // Flyway's validation would have refused this store at open; it opened, and the check finds it.
            assertThat(rows(database, "events")).isZero();
            assertThat(database.verifySchema())
                    .hasValueSatisfying(problem -> assertThat(problem).contains("checksum mismatch"));
            assertThat(database.verifySchema()).as("checked once").isEmpty();
        }
    }

    @Test
    void aCurrentStoreWhoseMigrationsMatchPassesTheCheck() {
        Database.open(dir).close();

        try (var database = Database.open(dir)) {
            assertThat(database.verifySchema()).isEmpty();
        }
    }

    @Test
    void anOlderStoreIsMigratedBeforeUseAndItsJobsKeepTheirEnglishReason() throws SQLException {
        Flyway.configure()
                .dataSource(url(), "kiosk", "")
                .locations("classpath:db/migration")
                .target("5")
                .load()
                .migrate();
        execute(
                "INSERT INTO job_executions (job_id, execution_number, received_at, operation, outcome, field, reason, reported) "
                        + "VALUES ('old-job', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00', 'snooze', 'SUCCEEDED', '', "
                        + "'snoozed KAA Gent - KV Mechelen until 17:19', TRUE)");

        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).containsSubsequence("5", "6").endsWith(Database.SCHEMA_VERSION);
            assertThat(new JdbiJobLedger(database).latest(10)).singleElement().satisfies(job -> {
                assertThat(job.jobId()).isEqualTo("old-job");
                assertThat(job.reason()).isEqualTo("snoozed KAA Gent - KV Mechelen until 17:19");
                assertThat(job.reasonCode())
                        .as("recorded before codes were kept")
                        .isEmpty();
            });
            assertThat(rows(database, "kiosk_settings")).isNotNegative();
        }
    }

    @Test
    void aVersion6StoreIsMigratedAndItsNoticesKeepTheirEnglishTextBesideNewCodedOnes() throws SQLException {
        Flyway.configure()
                .dataSource(url(), "kiosk", "")
                .locations("classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        execute("INSERT INTO notices (event_id, text, created_at) VALUES ('src-club-brugge', "
                + "'KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30', "
                + "TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00')");

        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).containsSubsequence("6", "7").endsWith(Database.SCHEMA_VERSION);
            var notices = new JdbiNoticeRepository(database);
            var cancelled = NoticeMessage.of(NoticeCode.CANCELLED, "KAA Gent - Standard");
            notices.add(Optional.empty(), cancelled, java.time.Instant.parse("2026-11-25T09:00:00Z"));

            assertThat(notices.unseen())
                    .satisfiesExactly(
                            old -> {
                                assertThat(old.text())
                                        .isEqualTo(
                                                "KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30");
                                assertThat(old.eventId()).contains(new EventId("src-club-brugge"));
                                assertThat(old.code())
                                        .as("stored before codes were kept")
                                        .isEmpty();
                            },
                            coded -> assertThat(coded.code()).contains(cancelled.reasonCode()));
        }
    }

    @Test
    void aVersion9StoresMessageArgumentsAndMetricsAreConvertedToTheirJsonAndReadBackTyped() throws SQLException {
        Flyway.configure()
                .dataSource(url(), "kiosk", "")
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();
        execute(
                "INSERT INTO job_executions (job_id, execution_number, received_at, operation, outcome, field, reason, reported, "
                        + "reason_family, reason_code, reason_field, reason_args) VALUES "
                        + "('created', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00', 'create-event', 'SUCCEEDED', '', "
                        + "'created Concert {\"text\": x} on 2026-11-30 19:05 with 3 alerts', TRUE, 'OUTCOME', 'CREATED', '', "
                        + "'[{\"text\":\"Concert {\\\"text\\\": x}\"},{\"date\":\"2026-11-30\"},{\"time\":\"19:05\"},{\"number\":3}]'), "
                        + "('moved', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:05:00+00', 'retime-alert', 'SUCCEEDED', '', "
                        + "'moved warning alert of Gala to 2026-11-28 17:55', TRUE, 'OUTCOME', 'ALERT_MOVED', '', "
                        + "'[{\"alertKind\":\"WARNING\"},{\"text\":\"Gala\"},{\"dateTime\":\"2026-11-28T17:55\"}]'), "
                        + "('language', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:06:00+00', 'change-settings', 'SUCCEEDED', '', "
                        + "'language set to en', TRUE, 'OUTCOME', 'LANGUAGE_CHANGED', '', '[{\"language\":\"EN\"}]'), "
                        + "('refused', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:07:00+00', 'create-event', 'REJECTED', 'title', "
                        + "'title: must be at most 120 characters', TRUE, 'REFUSAL', 'TOO_LONG', 'title', '[{\"number\":120}]')");
        execute("INSERT INTO notices (event_id, text, code, args, created_at) VALUES ('src-club-brugge', "
                + "'KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov (time TBC), clear the car park by 09:30', "
                + "'KICKOFF_MOVED_PROVISIONAL', '[{\"text\":\"KAA Gent - Club Brugge\"},{\"kickoff\":\"2026-11-28T20:45\"},"
                + "{\"kickoff\":\"2026-11-29\"},{\"dateTime\":\"2026-11-29T09:30\"}]', "
                + "TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00')");
        execute("INSERT INTO metric_windows (window_start, length_s, vals, published) VALUES "
                + "(TIMESTAMP WITH TIME ZONE '2026-11-24 16:00:00+00', 300, 'Alive=1.0;Snoozes=2.0', FALSE), "
                + "(TIMESTAMP WITH TIME ZONE '2026-11-24 16:05:00+00', 300, '', FALSE)");

        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).containsSubsequence("9", "20", "21").endsWith(Database.SCHEMA_VERSION);
            var jobs = new JdbiJobLedger(database)
                    .latest(10).stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    JobRecord::jobId,
                                    job -> job.reasonCode().orElseThrow().args()));
            assertThat(jobs.get("created"))
                    .containsExactly(
                            new MessageArgument.Text("Concert {\"text\": x}"),
                            new MessageArgument.Day(LocalDate.of(2026, 11, 30)),
                            new MessageArgument.TimeOfDay(LocalTime.of(19, 5)),
                            new MessageArgument.Count(3));
            assertThat(jobs.get("moved"))
                    .containsExactly(
                            new MessageArgument.KindOfAlert(AlertKind.WARNING),
                            new MessageArgument.Text("Gala"),
                            new MessageArgument.DayAndTime(LocalDateTime.of(2026, 11, 28, 17, 55)));
            assertThat(jobs.get("language")).containsExactly(new MessageArgument.LanguageName(Language.EN));
            assertThat(jobs.get("refused")).containsExactly(new MessageArgument.Count(120));
            assertThat(new JdbiNoticeRepository(database).unseen())
                    .singleElement()
                    .satisfies(notice -> assertThat(notice.code().orElseThrow().args())
                            .containsExactly(
                                    new MessageArgument.Text("KAA Gent - Club Brugge"),
                                    new MessageArgument.Kickoff(
                                            EventStart.at(LocalDate.of(2026, 11, 28), LocalTime.of(20, 45))),
                                    new MessageArgument.Kickoff(
                                            EventStart.timeToBeConfirmed(LocalDate.of(2026, 11, 29))),
                                    new MessageArgument.DayAndTime(LocalDateTime.of(2026, 11, 29, 9, 30))));
            assertThat(new JdbiMetricsOutbox(
                                    database,
                                    java.time.Clock.fixed(
                                            java.time.Instant.parse("2026-11-24T16:10:00Z"), java.time.ZoneOffset.UTC))
                            .unpublished(10))
                    .extracting(stored -> stored.window().values())
                    .containsExactly(java.util.Map.of("Alive", 1.0, "Snoozes", 2.0), java.util.Map.of());
        }
    }

    @Test
    void aStoreWithAFailedMigrationGoesToFlywayWhichRefusesIt() throws SQLException {
        Database.open(dir).close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                + Database.SCHEMA_VERSION + "'");

        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("failed");
    }

    @Test
    void whatTheFirstStatementWaitsForCanBePreparedEarly() throws Exception {
        // Guards the start-up shortcut against a JDBI upgrade that moves the class it initializes.
        assertThat(Class.forName(
                        Database.JDBI_FLIGHT_RECORDER_SUPPORT, false, getClass().getClassLoader()))
                .isNotNull();
        Database.prepareInBackground();

        try (var database = Database.open(dir)) {
            assertThat(rows(database, "events")).isZero();
        }
    }

    private static int rows(Database database, String table) {
        return database.jdbi()
                .withHandle(h -> h.select("SELECT COUNT(*) FROM " + table)
                        .mapTo(Integer.class)
                        .one());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME) + ";TIME ZONE=UTC";
    }

    private void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "kiosk", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private java.util.List<String> appliedVersions() throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "kiosk", "");
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")) {
            var versions = new java.util.ArrayList<String>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
