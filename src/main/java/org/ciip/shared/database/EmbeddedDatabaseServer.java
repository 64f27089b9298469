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

    /** The owner of the schema, who migrates it (the server's superuser). */
    static final String USER = "postgres";
    /** The role the application connects as: it owns nothing (migration V51 grants what it may do). */
    static final String APPLICATION_ROLE = "ciip_app";
    static final String DATABASE = "ciip";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<Path, EmbeddedPostgres> SHARED = new HashMap<>();

    private volatile EmbeddedPostgres postgres;
    private final boolean shared;
    private final String database;
    private final Path directory;
    private final int port;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, boolean shared, String database, Path directory) {
        this.postgres = postgres;
        this.shared = shared;
        this.database = database;
        this.directory = directory;
        this.port = postgres.getPort();
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
                    running = launch(directory, clean, 0);
                    SHARED.put(directory, running);
                    EmbeddedPostgres toStop = running;
                    // stopped after every application context of the JVM has closed (Spring Boot runs its shutdown
                    // handlers then), not by a hook of its own that would race the contexts still using it
                    org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> closeQuietly(toStop));
                }
                return new EmbeddedDatabaseServer(running, true, database, directory);
            }
        }
        return new EmbeddedDatabaseServer(launch(directory, clean, 0), false, database, directory);
    }

    /**
     * Whether the server's postmaster still runs. After a crash (or a {@code kill -9}) it does not, and CIIP answers
     * 503 until {@link #restart()} brings it back on the same port and data directory, where PostgreSQL's own
     * recovery replays the WAL: every commit that was acknowledged is there again.
     */
    boolean running() {
        try {
            Path pidFile = directory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return false;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).stream().findFirst().orElse("").trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Starts the server again after it died; a failure (the old one's backends still exiting) is retried later. */
    synchronized void restart() {
        if (running()) {
            return;
        }
        log.warn("Embedded PostgreSQL on port {} is down: restarting it on {}", port, directory);
        // the dead server's handle still holds the data directory's lock: released first (its "stop" fails, as it
        // is not running; the data stays, as no handle is made to clean its directory)
        closeQuietly(postgres);
        postgres = launch(directory, false, port);
        log.warn("Embedded PostgreSQL is back on port {}", port);
    }

    /** A server of this JVM's tests is shared by every test context; only the application supervises its own. */
    boolean supervisable() {
        return !shared;
    }

    private static EmbeddedPostgres launch(Path directory, boolean clean, int port) {
        try {
            Files.createDirectories(directory);
            removeStalePidFile(directory);
            if (clean) {
                // a killed run leaves its files; initdb needs an empty directory
                deleteContents(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(directory)
                    // never true: the library would delete the data directory when a handle is closed, and the
                    // supervisor closes the handle of a crashed server before it starts it again. A clean start has
                    // emptied the directory above, and an empty one is initialized.
                    .setCleanDataDirectory(false)
                    // the library's own JVM shutdown hook stopped PostgreSQL while Spring was still closing the beans
                    // that use it (the event publication registry failed to record its state): the context closes
                    // the server after them, and the tests' shared server has a hook of its own
                    .setRegisterShutdownHook(false)
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
        createApplicationRole(postgres);
        createDatabaseIfMissing(postgres, DATABASE);
    }

    /**
     * The application's role, once per server: it may sign in (the embedded server trusts local connections) and
     * vacuum and analyze (pg_maintain), and nothing else until the migrations grant it privileges on the tables.
     */
    private static void createApplicationRole(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '"
                    + APPLICATION_ROLE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create role " + APPLICATION_ROLE + " login");
            statement.execute("grant pg_maintain to " + APPLICATION_ROLE);
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState())) { // created meanwhile by another context of the same JVM
                throw new IOException("Could not create the role " + APPLICATION_ROLE, e);
            }
        }
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

    /** Where the application connects, as {@link #APPLICATION_ROLE}. */
    String jdbcUrl() {
        return postgres.getJdbcUrl(APPLICATION_ROLE, database);
    }

    /** Where the migrations connect, as the owner of the schema (a superuser of this embedded server). */
    public String ownerJdbcUrl() {
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
