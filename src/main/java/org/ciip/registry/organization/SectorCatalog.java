package org.ciip.registry.organization;

import java.util.List;
import java.util.Optional;
import org.ciip.registry.Sectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the sector reference data once; it changes only with a migration. */
@Component
class SectorCatalog implements Sectors {

    private final List<Sector> sectors;

    SectorCatalog(JdbcClient jdbc) {
        this.sectors = jdbc.sql("select code, name_zh, name_en, article, source from sector order by display_order")
                .query((rs, n) -> new Sector(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Override
    public List<Sector> all() {
        return sectors;
    }

    @Override
    public Optional<Sector> find(String code) {
        return sectors.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
