package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.model.StoreHealth;
import be.ghelamcoalert.core.port.Transactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's embedded H2 database in a file, migrated by Flyway, reached through one shared
 * {@link Jdbi}. {@code WRITE_DELAY=0} makes every commit reach the disk before it returns: a
 * power cut or {@code kill -9} loses no committed row. The import runs the same few statements
 * every cycle, so the per-session query cache is larger than H2's default of 8.
 *
 * <p>A store that Flyway already brought to {@link #SCHEMA_VERSION}, with no failed migration, is
 * opened without running Flyway: scanning and checksumming the migrations when there is nothing to
 * do is about a quarter of a second of the kiosk's start on a plain JVM. {@link #verifySchema()}
 * then compares the applied migrations with the bundled ones, once the screen is up. A new store,
 * an older one or one with a failed migration is migrated by Flyway before it is used, as always.
 *
 * <p>When a write fails because the disk is full or the file system turned read-only, H2 closes
 * the database. Nothing committed before is lost (the file keeps its last complete chunk). The
 * failure shows in {@link #health()} at once; the next call opens the file again (see
 * {@link StoreConnections}), so the store works again as soon as there is room, without a restart.
 * H2 keeps no trace file ({@code TRACE_LEVEL_FILE=0}): no {@code .trace.db} grows beside the store,
 * and on a full or read-only disk H2 does not print a stack trace on standard error each time it
 * cannot write one. The failures reach the log through {@link #health()}'s changes and the callers.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "ghelamco-alert";
    /** The file H2 keeps the store in, in the data directory (a constant: naming it loads nothing). */
    public static final String STORE_FILE = FILE_NAME + ".mv.db";
    /** The version of the newest migration under {@code db/migration}; DatabaseTest keeps them equal. */
    public static final String SCHEMA_VERSION = "21";

    static final String JDBI_FLIGHT_RECORDER_SUPPORT = "org.jdbi.v3.core.statement.internal.JfrSupport";
    private static final String HISTORY_CHECK = "SELECT COUNT(CASE WHEN \"success\" AND \"version\" = ? THEN 1 END), "
            + "COUNT(CASE WHEN NOT \"success\" THEN 1 END) FROM \"flyway_schema_history\"";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Path directory;
    private final AtomicBoolean verified;
    private final StoreHealthWatch health;

    private Database(Path directory, JdbcConnectionPool pool, boolean migratedByFlyway) {
        this.directory = directory;
        this.pool = pool;
        this.verified = new AtomicBoolean(migratedByFlyway);
        this.health = new StoreHealthWatch(directory);
        this.jdbi = Jdbi.create(new StoreConnections(pool, health));
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logException(StatementContext context, SQLException e) {
                if (StoreHealthWatch.isStorageFailure(e)) {
                    health.failed(e);
                }
            }
        });
    }

    /** Opens (creating if needed) the database in {@code directory} and brings its schema up to date. */
    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        var url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC;QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0";
        createIfMissing(directory, url);
        // Only ever the file that is there: a store that vanished (a card repaired or swapped while the
        // kiosk runs) is an error to show, never a new empty store that knows no events.
        var pool = JdbcConnectionPool.create(url + ";IFEXISTS=TRUE", "kiosk", "");
        pool.setMaxConnections(8);
        if (isAtCurrentSchema(pool)) {
            LOG.info("Database {} ready at schema version {}", directory, SCHEMA_VERSION);
            return new Database(directory, pool, false);
        }
        var result = flyway(pool).migrate();
        LOG.info("Database {} migrated to schema version {}", directory, result.targetSchemaVersion);
        return new Database(directory, pool, true);
    }

    private static void createIfMissing(Path directory, String url) {
        if (Files.exists(directory.resolve(STORE_FILE))) {
            return;
        }
        try {
            DriverManager.getConnection(url, "kiosk", "").close();
            LOG.info("Database {}: a new store", directory);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the store in {@code directory}, if there is one (the demo starts afresh every time).
     * Only the database's own files go; the directory and anything else in it stay.
     */
    public static void delete(Path directory) {
        for (var name : List.of(STORE_FILE, FILE_NAME + ".trace.db")) {
            try {
                Files.deleteIfExists(directory.resolve(name));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot remove the store in " + directory + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Where the store was opened without Flyway: checks, once, that the migrations applied to it
     * are the ones this version bundles (same versions, same checksums). A difference is logged as
     * an error and returned; the kiosk keeps running on the schema it has.
     *
     * @return what differs; empty when the migrations match or Flyway migrated the store at open
     */
    public Optional<String> verifySchema() {
        if (verified.getAndSet(true)) {
            return Optional.empty();
        }
        var result = flyway(pool).validateWithResult();
        if (result.validationSuccessful) {
            LOG.debug("Database {}: the applied migrations match the bundled ones", directory);
            return Optional.empty();
        }
        var problem = result.getAllErrorMessages();
        LOG.error(
                "Database {}: the applied migrations differ from the ones this version bundles: {}",
                directory,
                problem);
        return Optional.of(problem);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** Whether Flyway already applied {@link #SCHEMA_VERSION} and no migration ever failed. */
    private static boolean isAtCurrentSchema(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
                var check = connection.prepareStatement(HISTORY_CHECK)) {
            check.setString(1, SCHEMA_VERSION);
            try (var row = check.executeQuery()) {
                return row.next() && row.getInt(1) == 1 && row.getInt(2) == 0;
            }
        } catch (SQLException noHistoryYet) {
            return false; // a new store (or no history table): Flyway decides, and reports what is wrong
        }
    }

    /**
     * Has the one slow part of the store's first statement done now, on a thread of its own, so
     * it runs beside the rest of the start instead of after it: JDBI registers its statement event
     * type with the JVM's flight recorder the first time it runs a statement, also with an
     * ahead-of-time cache (what that costs: README, Benchmarks). Only that class is initialized early; should a JDBI version
     * no longer have it, nothing happens and the first statement pays as before.
     */
    public static void prepareInBackground() {
        Thread.ofPlatform().name("store-prepare").daemon(true).start(() -> {
            try {
                Class.forName(JDBI_FLIGHT_RECORDER_SUPPORT, true, Jdbi.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("Nothing to prepare for the first statement: {}", e.toString());
            }
        });
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Whether the store accepts writes, as last seen: a statement that failed on the store's file
     * makes it FULL, READ_ONLY or CLOSED at once; a write by {@link JdbiStoreProbe} makes it OK again.
     */
    public StoreHealth health() {
        return health.current();
    }

    StoreHealthWatch healthWatch() {
        return health;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    @Override
    public void close() {
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            LOG.warn("Database did not shut down cleanly: {}", e.getMessage());
        }
        pool.dispose();
    }
}
