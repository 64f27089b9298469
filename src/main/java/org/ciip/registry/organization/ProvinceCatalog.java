package org.ciip.registry.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ciip.registry.Provinces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the division reference data (V56, V58) once; it changes only with a migration. */
@Repository
class ProvinceCatalog implements Provinces {

    private final List<Province> provinces;
    /** The prefecture- and county-level divisions by code: name, prefecture, whether a full name leaves it out. */
    private final Map<String, Division> divisions;

    ProvinceCatalog(JdbcClient jdbc) {
        this.provinces = jdbc.sql("select code, name_zh, name_en, source from province order by code")
                .query((rs, n) -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        this.divisions = jdbc.sql("select code, name_zh, prefecture, grouping from division")
                .query((rs, n) -> new Division(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list().stream().collect(Collectors.toUnmodifiableMap(Division::code, d -> d));
    }

    private record Division(String code, String nameZh, String prefecture, boolean grouping) {
    }

    @Override
    public String placeOf(String divisionCode, boolean chinese) {
        String province = nameOf(divisionCode, chinese);
        if (!chinese || divisionCode == null || divisionCode.length() != 6 || province.equals(divisionCode)) {
            return province;
        }
        StringBuilder place = new StringBuilder(province);
        Division division = divisions.get(divisionCode);
        if (division == null) {
            return place.toString();
        }
        Division prefecture = division.prefecture() == null ? null : divisions.get(division.prefecture());
        if (prefecture != null && !prefecture.grouping()) {
            place.append(prefecture.nameZh());
        }
        if (!division.grouping()) {
            place.append(division.nameZh());
        }
        return place.toString();
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
