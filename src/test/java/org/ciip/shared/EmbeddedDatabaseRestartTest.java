package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.ciip.CiipApplication;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stop CIIP, start it again on the same data directory: everything is still there. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CiipApplication.class)
                .run("--ciip.data-dir=" + dataDir, "--server.port=0", "--ciip.demo.password=restart-password",
                        "--logging.level.root=warn");
    }

    @Test
    void dataRecordedBeforeAStopIsThereAfterTheNextStart() {
        String name = "Survives restart " + UUID.randomUUID();
        UUID id;
        long audit;
        try (ConfigurableApplicationContext first = start()) {
            Accounts accounts = first.getBean(Accounts.class);
            AssetRegistry assets = first.getBean(AssetRegistry.class);
            id = accounts.runAs("grid-officer", () -> assets.register(new AssetRegistry.NewAsset(name,
                    "INFORMATION_SYSTEM", "ENERGY", 3, "Restart drill")));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
            assertThat(jdbc.queryForList("select name || '=' || setting from pg_settings where name in "
                    + "('fsync', 'synchronous_commit', 'full_page_writes')", String.class))
                    .as("a commit is on disk before it is acknowledged")
                    .containsExactlyInAnyOrder("fsync=on", "synchronous_commit=on", "full_page_writes=on");
            assertThat(jdbc.queryForList("select name || '=' || setting || coalesce(unit, '') from pg_settings "
                    + "where name in ('max_wal_size', 'checkpoint_timeout', 'autovacuum_vacuum_cost_delay', "
                    + "'autovacuum_vacuum_cost_limit')",
                    String.class))
                    .as("checkpoints and autovacuum are paced for a steady stream of writes")
                    .containsExactlyInAnyOrder("max_wal_size=4096MB", "checkpoint_timeout=900s",
                            "autovacuum_vacuum_cost_delay=20ms", "autovacuum_vacuum_cost_limit=50");
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select name from asset where id = ?", String.class, id)).isEqualTo(name);
            assertThat(jdbc.queryForObject("select count(*) from account where username = 'admin'", Long.class))
                    .as("the demo world is seeded once, not again").isOne();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audit);
        }
    }
}
