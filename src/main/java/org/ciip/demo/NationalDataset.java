package org.ciip.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the national-scale dataset of issue 6 into the database CIIP runs on (the embedded one, or the one
 * {@code SPRING_DATASOURCE_URL} names) when started with {@code --ciip.dataset.national=true}: by default 10,000
 * operators, 100,000 assets, 1,000,000 assessment findings, 100,000 incidents and 5,000,000 software components (50 per
 * asset, issue 16), in one transaction of set-based
 * SQL ({@code dataset/national.sql}). In demo mode, unless {@code ciip.demo.population=false}, the same generator writes
 * a small sample population ({@link #DEMO_POPULATION}) after the demo world. It runs once: a database that already
 * holds the sample operators is left alone.
 */
@Component
@Order(100)
class NationalDataset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);

    /**
     * The sample population of the demo world: enough operators in every sector and province, with two years of
     * incidents, assessments and purchases, that a department's dashboards, lists and charts show a working day.
     */
    static final Map<String, Integer> DEMO_POPULATION = Map.of("operators", 240, "assetsPerOperator", 3,
            "findings", 2_400, "incidents", 1_200, "componentsPerAsset", 5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final Map<String, Integer> sizes;
    private final DemoMode demo;
    private final boolean population;

    NationalDataset(JdbcTemplate jdbc, TransactionTemplate transaction, DemoMode demo,
            @Value("${ciip.demo.population:true}") boolean population,
            @Value("${ciip.dataset.national:false}") boolean enabled,
            @Value("${ciip.dataset.operators:10000}") int operators,
            @Value("${ciip.dataset.assets-per-operator:10}") int assetsPerOperator,
            @Value("${ciip.dataset.findings:1000000}") int findings,
            @Value("${ciip.dataset.incidents:100000}") int incidents,
            @Value("${ciip.dataset.components-per-asset:50}") int componentsPerAsset) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.demo = demo;
        this.population = population;
        this.enabled = enabled;
        this.sizes = Map.of("operators", operators, "assetsPerOperator", assetsPerOperator, "findings", findings,
                "incidents", incidents, "componentsPerAsset", componentsPerAsset);
    }

    /** Runs the generation script with these sizes in the caller's transaction, or in one of its own. */
    void generate(Map<String, Integer> sizes) {
        String script;
        try (InputStream in = new ClassPathResource("dataset/national.sql").getInputStream()) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String key : java.util.List.of("operators", "assetsPerOperator", "findings", "incidents",
                "componentsPerAsset")) {
            Integer size = sizes.get(key);
            if (size == null || size < 1) {
                throw new IllegalArgumentException("ciip.dataset sizes must be positive: " + key);
            }
            script = script.replace("${" + key + "}", String.valueOf(size));
        }
        String[] statements = script.split("\n-- ;\n");
        transaction.executeWithoutResult(status -> {
            for (String statement : statements) {
                String sql = statement.lines().filter(l -> !l.stripLeading().startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    jdbc.execute(sql);
                }
            }
        });
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean demoPopulation = !enabled && population && demo.on();
        if (!enabled && !demoPopulation) {
            return;
        }
        Map<String, Integer> sizes = enabled ? this.sizes : DEMO_POPULATION;
        Integer existing = jdbc.queryForObject(
                "select count(*) from organization where credit_code like 'ZZO%'", Integer.class);
        if (existing != null && existing > 0) {
            log.info("National dataset already present ({} sample operators); not generated again", existing);
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> generate(sizes));
        if (enabled) { // the planner's statistics for millions of rows; the demo population's are small enough
            jdbc.execute("vacuum analyze");
        }
        log.info("{} generated in {} s: {}", enabled ? "National dataset" : "Demo population",
                (System.nanoTime() - started) / 1_000_000_000, sizes);
    }
}
