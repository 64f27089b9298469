package org.ciip.shared.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded PostgreSQL every {@code ciip.embedded-database.supervise-every} (2 seconds): when its postmaster
 * died, it is started again on the same port and data directory. Meanwhile requests fail fast with 503 and readiness
 * says DOWN; the connection pool reconnects by itself once the server is back. The tests' server, shared by every test
 * context of the JVM, is not watched.
 */
final class EmbeddedDatabaseSupervisor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);

    private final EmbeddedDatabaseServer server;
    private final Duration every;
    private volatile ScheduledExecutorService watcher;

    EmbeddedDatabaseSupervisor(EmbeddedDatabaseServer server, Duration every) {
        this.server = server;
        this.every = every;
    }

    @Override
    public void start() {
        if (!server.supervisable()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("embedded-postgres-supervisor").factory());
        executor.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        watcher = executor;
    }

    private void check() {
        try {
            if (!server.running()) {
                server.restart();
            }
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn("Embedded PostgreSQL could not be restarted yet ({}); trying again", root.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = watcher;
        watcher = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** Stopped first at shutdown (and started last), so that a stopping CIIP never restarts its database. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
