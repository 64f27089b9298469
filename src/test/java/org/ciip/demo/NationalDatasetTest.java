package org.ciip.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.shared.Actor;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national dataset generator, at a small size and rolled back afterwards: it writes the numbers asked for, and
 * the compliance engine reads what it wrote as a mix of compliant and non-compliant operators.
 */
@RunningCiip
class NationalDatasetTest {

    @Autowired
    NationalDataset dataset;

    @Autowired
    ComplianceService compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void theGeneratorWritesTheSizesAskedForAndTheEngineFindsBreachesAmongThem() {
        transaction.executeWithoutResult(status -> {
            long operatorsBefore = count("select count(*) from organization where kind = 'OPERATOR'");
            dataset.generate(Map.of("operators", 60, "assetsPerOperator", 5, "findings", 2_000, "incidents", 300,
                    "componentsPerAsset", 20));
            assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isEqualTo(60);
            assertThat(count("select count(*) from asset a join organization o on o.id = a.operator_id "
                    + "where o.credit_code like 'ZZO%'")).isEqualTo(300);
            assertThat(count("select count(*) from assessment_finding where title like 'Sample finding %'"))
                    .isEqualTo(2_000);
            assertThat(count("select count(*) from incident where reported_by = 'generator'")).isEqualTo(300);
            assertThat(count("select count(*) from asset_component c join organization o on o.id = c.operator_id "
                    + "where o.credit_code like 'ZZO%'")).as("20 libraries and the kernel on each asset")
                    .isEqualTo(300 * 21);
            assertThat(count("select count(*) from asset_component c join organization o on o.id = c.operator_id "
                    + "where o.credit_code like 'ZZO%' and c.purl_type = 'npm'")).isEqualTo(300 * 2);

            ComplianceService.National national = compliance.national(Actor.SYSTEM, compliance.today());
            assertThat(national.operators()).isEqualTo(operatorsBefore + 60);
            for (String article : new String[] {"39(4)", "39(8)", "39(9)", "40"}) {
                assertThat(national.counts().get(article).get(ComplianceStatus.NON_COMPLIANT)).as(article)
                        .isPositive();
                assertThat(national.counts().get(article).get(ComplianceStatus.COMPLIANT)).as(article)
                        .isPositive();
            }
            status.setRollbackOnly();
        });
        assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isZero();
    }

    @Test
    void inDemoModeASamplePopulationIsWrittenOnceBesideTheDemoWorldUnlessSwitchedOff() throws Exception {
        transaction.executeWithoutResult(status -> {
            NationalDataset off = new NationalDataset(jdbc, transaction, () -> true, false, false, 1, 1, 1, 1, 1);
            run(off);
            assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isZero();
            NationalDataset notDemo = new NationalDataset(jdbc, transaction, () -> false, true, false, 1, 1, 1, 1, 1);
            run(notDemo);
            assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isZero();

            NationalDataset demo = new NationalDataset(jdbc, transaction, () -> true, true, false, 1, 1, 1, 1, 1);
            run(demo);
            assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isEqualTo(240);
            assertThat(count("select count(distinct sector) from asset a join organization o on o.id = a.operator_id "
                    + "where o.credit_code like 'ZZO%'")).as("every sector").isGreaterThan(5);
            assertThat(count("select count(distinct to_char(reported_at, 'YYYY-MM')) from incident "
                    + "where reported_by = 'generator' and reported_at > now() - interval '12 months'"))
                    .as("a year of incidents, month by month").isGreaterThanOrEqualTo(12);
            run(demo);
            assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).as("once")
                    .isEqualTo(240);
            status.setRollbackOnly();
        });
        assertThat(count("select count(*) from organization where credit_code like 'ZZO%'")).isZero();
    }

    private static void run(NationalDataset dataset) {
        try {
            dataset.run(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
