package be.ghelamcoalert.adapter.persistence;

import be.ghelamcoalert.core.port.Transactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's embedded H2 database in a file, migrated by Flyway, reached through one shared
 * {@link Jdbi}. {@code WRITE_DELAY=0} makes every commit reach the disk before it returns: a
 * power cut or {@code kill -9} loses no committed row. The import runs the same few statements
 * every cycle, so the per-session query cache is larger than H2's default of 8.
 */
public final class Database implements Transactor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "ghelamco-alert";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Path directory;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating if needed) the database in {@code directory} and brings its schema up to date. */
    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        var url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC;QUERY_CACHE_SIZE=64";
        var pool = JdbcConnectionPool.create(url, "kiosk", "");
        pool.setMaxConnections(8);
        var result = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        LOG.info("Database {} ready at schema version {}", directory, result.targetSchemaVersion);
        return new Database(directory, pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    @Override
    public void close() {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            LOG.warn("Database did not shut down cleanly: {}", e.getMessage());
        }
        pool.dispose();
    }
}
