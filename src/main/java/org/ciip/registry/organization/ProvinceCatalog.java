package org.ciip.registry.organization;

import java.util.List;
import java.util.Optional;
import org.ciip.registry.Provinces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the province reference data once; it changes only with a migration. */
@Repository
class ProvinceCatalog implements Provinces {

    private final List<Province> provinces;

    ProvinceCatalog(JdbcClient jdbc) {
        this.provinces = jdbc.sql("select code, name_zh, name_en, source from province order by code")
                .query((rs, n) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Override
    public List<Province> all() {
        return provinces;
    }

    @Override
    public Optional<Province> find(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
