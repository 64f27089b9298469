package org.ciip.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.ciip.shared.database.EmbeddedDatabaseServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded server's superuser (the owner of the schema), for tests that do what the application cannot: tamper
 * with the audit trail behind its triggers, or create tables to keep what they changed. Imported by
 * {@link RunningCiip}, not scanned: a second CIIP a test starts on a database of its own has no embedded server.
 */
public class Superuser {

    private final SimpleDriverDataSource dataSource;
    private final JdbcTemplate jdbc;

    Superuser(EmbeddedDatabaseServer server) {
        this.dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), server.ownerJdbcUrl());
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Runs the statements in one transaction with the triggers switched off, as only a superuser can. */
    public void withoutTriggers(String... statements) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("set local session_replication_role = replica");
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
