package org.ciip.enforcement.penalty;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.enforcement.LegalBases;
import org.ciip.shared.Expiring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The legal bases of penalty decisions as shipped in migration V38 (table {@code penalty_basis}), newest version of
 * each row, and the date rule of {@link BasisRule} over them.
 */
@Service
class PenaltyBases implements LegalBases {

    private final JdbcClient jdbc;
    private final Expiring<List<Row>> rows;

    PenaltyBases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.rows = new Expiring<>(this::load, Duration.ofMinutes(1), clock);
    }

    /** A row of the table: one basis on one ground, for the articles it covers. */
    record Row(Basis basis, List<String> articles) {
    }

    @Override
    public Choice choose(String article, Ground ground, LocalDate actDate, LocalDate decisionDate) {
        return BasisRule.choose(article, ground, actDate, decisionDate, resolve(article, ground, rows.get()));
    }

    @Override
    public Remedies remedies() {
        Map<String, Remedy> byCode = new LinkedHashMap<>();
        jdbc.sql("select * from penalty_remedy").query((rs, n) -> new Remedy(rs.getString("code"),
                (Integer) rs.getObject("days"), (Integer) rs.getObject("months"), rs.getString("law_en"),
                rs.getString("law_zh"))).list().forEach(r -> byCode.put(r.code(), r));
        return new Remedies(byCode.get("RECONSIDERATION"), byCode.get("LAWSUIT"));
    }

    /**
     * For each basis covering the article, its row for the ground; a basis without one gives its row for the highest
     * lower ground (harm is at least harm); a basis with no row at or below the ground does not apply.
     */
    static List<Basis> resolve(String article, Ground ground, List<Row> rows) {
        String main = article.contains("(") ? article.substring(0, article.indexOf('(')) : article;
        Map<String, List<Basis>> byCode = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.articles().contains(main)) {
                byCode.computeIfAbsent(row.basis().code(), c -> new ArrayList<>()).add(row.basis());
            }
        }
        List<Basis> resolved = new ArrayList<>();
        for (List<Basis> basisRows : byCode.values()) {
            basisRows.stream().filter(b -> b.ground().ordinal() <= ground.ordinal())
                    .max(Comparator.comparing(b -> b.ground().ordinal()))
                    .ifPresent(resolved::add);
        }
        return resolved;
    }

    private List<Row> load() {
        return jdbc.sql("select distinct on (code, ground) * from penalty_basis order by code, ground, version desc")
                .query((rs, n) -> new Row(map(rs), List.of((String[]) rs.getArray("articles").getArray()))).list();
    }

    private static Basis map(ResultSet rs) throws SQLException {
        return new Basis(rs.getString("code"), rs.getInt("version"), Ground.valueOf(rs.getString("ground")),
                rs.getString("law_en"), rs.getString("law_zh"), rs.getString("provision_en"),
                rs.getString("provision_zh"), rs.getObject("effective_from", LocalDate.class),
                range(rs.getBigDecimal("unit_min"), rs.getBigDecimal("unit_max")),
                range(rs.getBigDecimal("unit_multiple_min"), rs.getBigDecimal("unit_multiple_max")),
                range(rs.getBigDecimal("person_min"), rs.getBigDecimal("person_max")),
                range(intOrNull(rs, "detention_min"), intOrNull(rs, "detention_max")),
                rs.getBoolean("fine_optional"), rs.getString("status"), rs.getString("source"));
    }

    private static BigDecimal intOrNull(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : BigDecimal.valueOf(((Number) value).longValue());
    }

    private static Range range(BigDecimal min, BigDecimal max) {
        return min == null ? null : new Range(min, max);
    }
}
