package dev.studyportal.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's own count of writes, from {@code SHOW GLOBAL STATUS}: statements (Com_insert,
 * Com_update, Com_delete; a rewritten batch counts once) and rows the storage engine wrote
 * (Handler_write, Handler_update, Handler_delete). The counters are global, so a delta means
 * something only while nobody else uses the server, which {@link ServerWatch} checks.
 */
record ServerWrites(
        long insertStatements,
        long updateStatements,
        long deleteStatements,
        long rowsWritten,
        long rowsUpdated,
        long rowsDeleted) {

    private static final String STATUS = "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_insert', 'Com_insert_select',"
            + " 'Com_update', 'Com_update_multi', 'Com_delete', 'Com_delete_multi', 'Com_replace',"
            + " 'Handler_write', 'Handler_update', 'Handler_delete')";

    static ServerWrites snapshot(Connection connection) throws SQLException {
        Map<String, Long> status = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(STATUS)) {
            while (rows.next()) {
                status.put(rows.getString(1), rows.getLong(2));
            }
        }
        return new ServerWrites(
                status.getOrDefault("Com_insert", 0L)
                        + status.getOrDefault("Com_insert_select", 0L)
                        + status.getOrDefault("Com_replace", 0L),
                status.getOrDefault("Com_update", 0L) + status.getOrDefault("Com_update_multi", 0L),
                status.getOrDefault("Com_delete", 0L) + status.getOrDefault("Com_delete_multi", 0L),
                status.getOrDefault("Handler_write", 0L),
                status.getOrDefault("Handler_update", 0L),
                status.getOrDefault("Handler_delete", 0L));
    }

    ServerWrites since(ServerWrites before) {
        return new ServerWrites(
                insertStatements - before.insertStatements,
                updateStatements - before.updateStatements,
                deleteStatements - before.deleteStatements,
                rowsWritten - before.rowsWritten,
                rowsUpdated - before.rowsUpdated,
                rowsDeleted - before.rowsDeleted);
    }

    long statements() {
        return insertStatements + updateStatements + deleteStatements;
    }

    long rows() {
        return rowsWritten + rowsUpdated + rowsDeleted;
    }

    @Override
    public String toString() {
        return String.format(
                "server: %d statements (%d insert, %d update, %d delete), %d rows (%d written, %d updated,"
                        + " %d deleted)",
                statements(),
                insertStatements,
                updateStatements,
                deleteStatements,
                rows(),
                rowsWritten,
                rowsUpdated,
                rowsDeleted);
    }
}
