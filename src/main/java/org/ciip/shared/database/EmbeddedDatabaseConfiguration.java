package org.ciip.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, CIIP runs on an embedded PostgreSQL whose data directory persists under
 * {@code ciip.data-dir}. With a datasource URL, Spring Boot's own configuration takes over and this does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(
            @Value("${ciip.data-dir}") String dataDir,
            @Value("${ciip.embedded-database.shared-per-jvm:false}") boolean sharedPerJvm,
            @Value("${ciip.embedded-database.clean-on-start:false}") boolean cleanOnStart,
            @Value("${ciip.embedded-database.name:ciip}") String database) {
        return EmbeddedDatabaseServer.start(Path.of(dataDir, "postgres"), cleanOnStart, sharedPerJvm, database);
    }

    /** The application's own server is watched and restarted after a crash (the tests' shared one is not). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "ciip.embedded-database.supervise",
            havingValue = "true", matchIfMissing = true)
    EmbeddedDatabaseSupervisor embeddedDatabaseSupervisor(EmbeddedDatabaseServer server,
            @Value("${ciip.embedded-database.supervise-every:PT2S}") java.time.Duration every) {
        return new EmbeddedDatabaseSupervisor(server, every);
    }

    /**
     * The migrations run as the owner of the schema; the application's pool connects as a role that owns nothing
     * (least privilege, migration V51).
     */
    @Bean(defaultCandidate = false)
    @org.springframework.boot.flyway.autoconfigure.FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabaseServer server) {
        return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(),
                server.ownerJdbcUrl());
    }

    @Bean(destroyMethod = "close")
    @org.springframework.context.annotation.Primary
    DataSource dataSource(EmbeddedDatabaseServer server,
            @Value("${ciip.embedded-database.pool-size:10}") int poolSize,
            @Value("${ciip.embedded-database.connection-timeout:PT3S}") java.time.Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedDatabaseServer.APPLICATION_ROLE);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("ciip-embedded");
        // while the database is down a request waits at most this long for a connection, then answers 503
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.min(connectionTimeout.toMillis(), 2_000));
        // a JDBC batch of inserts becomes one multi-row insert (as spring.datasource.hikari sets for other databases)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
