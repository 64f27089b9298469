package org.ciip.shared.crypto;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the platform's own secrets ({@code platform_secret}): kept once, never replaced. */
@Repository
public class PlatformSecrets {

    private final JdbcClient jdbc;

    public PlatformSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of that name, if one was kept. */
    public java.util.Optional<String> find(String name) {
        return jdbc.sql("select secret from platform_secret where name = :name").param("name", name)
                .query(String.class).optional();
    }

    /** The secret of that name: the one stored, or {@code fresh} stored now when there is none yet. */
    public String keep(String name, String fresh) {
        jdbc.sql("insert into platform_secret (name, secret) values (:name, :secret) on conflict do nothing")
                .param("name", name).param("secret", fresh).update();
        return jdbc.sql("select secret from platform_secret where name = :name").param("name", name)
                .query(String.class).single();
    }
}
