package be.ghelamcoalert.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.NoticeCode;
import be.ghelamcoalert.core.model.NoticeMessage;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionIsTheNewestBundledMigration() {
        try (var database = Database.open(dir)) {
            var bundled = Flyway.configure().dataSource(url(), "kiosk", "").locations("classpath:db/migration").load().info().all();
            var newest = java.util.Arrays.stream(bundled).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElseThrow();
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
            assertThat(database.verifySchema()).hasValueSatisfying(problem -> assertThat(problem).contains("checksum mismatch"));
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
        Flyway.configure().dataSource(url(), "kiosk", "").locations("classpath:db/migration").target("5").load().migrate();
        execute("INSERT INTO job_executions (job_id, execution_number, received_at, operation, outcome, field, reason, reported) "
                + "VALUES ('old-job', 1, TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00', 'snooze', 'SUCCEEDED', '', "
                + "'snoozed KAA Gent - KV Mechelen until 17:19', TRUE)");

        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).containsSubsequence("5", "6").endsWith(Database.SCHEMA_VERSION);
            assertThat(new JdbiJobLedger(database).latest(10)).singleElement().satisfies(job -> {
                assertThat(job.jobId()).isEqualTo("old-job");
                assertThat(job.reason()).isEqualTo("snoozed KAA Gent - KV Mechelen until 17:19");
                assertThat(job.reasonCode()).as("recorded before codes were kept").isEmpty();
            });
            assertThat(rows(database, "kiosk_settings")).isNotNegative();
        }
    }

    @Test
    void aVersion6StoreIsMigratedAndItsNoticesKeepTheirEnglishTextBesideNewCodedOnes() throws SQLException {
        Flyway.configure().dataSource(url(), "kiosk", "").locations("classpath:db/migration").target("6").load().migrate();
        execute("INSERT INTO notices (event_id, text, created_at) VALUES ('src-club-brugge', "
                + "'KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30', "
                + "TIMESTAMP WITH TIME ZONE '2026-11-24 16:04:00+00')");

        try (var database = Database.open(dir)) {
            assertThat(appliedVersions()).containsSubsequence("6", "7").endsWith(Database.SCHEMA_VERSION);
            var notices = new JdbiNoticeRepository(database);
            var cancelled = NoticeMessage.of(NoticeCode.CANCELLED, "KAA Gent - Standard");
            notices.add(Optional.empty(), cancelled, java.time.Instant.parse("2026-11-25T09:00:00Z"));

            assertThat(notices.unseen()).satisfiesExactly(old -> {
                assertThat(old.text()).isEqualTo(
                        "KAA Gent - Club Brugge: kickoff moved Sat 28 Nov 20:45 → Sun 29 Nov 18:30, clear the car park by 15:30");
                assertThat(old.eventId()).contains(new EventId("src-club-brugge"));
                assertThat(old.code()).as("stored before codes were kept").isEmpty();
            }, coded -> assertThat(coded.code()).contains(cancelled.reasonCode()));
        }
    }

    @Test
    void aStoreWithAFailedMigrationGoesToFlywayWhichRefusesIt() throws SQLException {
        Database.open(dir).close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '" + Database.SCHEMA_VERSION + "'");

        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("failed");
    }

    @Test
    void whatTheFirstStatementWaitsForCanBePreparedEarly() throws Exception {
        // Guards the start-up shortcut against a JDBI upgrade that moves the class it initializes.
        assertThat(Class.forName(Database.JDBI_FLIGHT_RECORDER_SUPPORT, false, getClass().getClassLoader())).isNotNull();
        Database.prepareInBackground();

        try (var database = Database.open(dir)) {
            assertThat(rows(database, "events")).isZero();
        }
    }

    private static int rows(Database database, String table) {
        return database.jdbi().withHandle(h -> h.select("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.FILE_NAME) + ";TIME ZONE=UTC";
    }

    private void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "kiosk", ""); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private java.util.List<String> appliedVersions() throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "kiosk", "");
                var rows = connection.createStatement().executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")) {
            var versions = new java.util.ArrayList<String>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
