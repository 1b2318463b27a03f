package be.ghelamcoalert.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Connections from the pool that skip the dead ones. When a write fails (disk full, read-only file
 * system), H2 closes the database, and every idle connection in the pool is then dead. H2's pool
 * drops such a connection only by failing the call that drew it: after space returns, one confirm
 * or snooze per idle connection would still fail. Here a dead connection is noted and passed over,
 * so the first call after space returns opens the database again (a new connection reopens the file).
 */
final class StoreConnections implements ConnectionFactory {
    private final JdbcConnectionPool pool;
    private final StoreHealthWatch watch;

    StoreConnections(JdbcConnectionPool pool, StoreHealthWatch watch) {
        this.pool = pool;
        this.watch = watch;
    }

    @Override
    public Connection openConnection() throws SQLException {
        SQLException dead = null;
        for (int attempt = 0; attempt <= pool.getMaxConnections(); attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (!isClosedDatabase(e)) {
                    if (StoreHealthWatch.isStorageFailure(e)) {
                        watch.failed(e); // the file cannot be opened: read-only, missing, damaged
                    }
                    throw e;
                }
                watch.failedUnlessNoted(e);
                dead = e;
            }
        }
        throw dead;
    }

    private static boolean isClosedDatabase(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || e.getErrorCode() == ErrorCode.OBJECT_CLOSED;
    }
}
