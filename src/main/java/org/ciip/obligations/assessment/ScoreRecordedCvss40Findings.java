package org.ciip.obligations.assessment;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 18: findings recorded with a CVSS v4.0 vector before CIIP scored v4.0 kept the vector and no score; this
 * gives them the score that a finding recorded today gets. Spring Boot hands every {@link JavaMigration} bean to
 * Flyway, which runs it once, in order with the SQL migrations.
 */
@Component
class ScoreRecordedCvss40Findings implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "score recorded CVSS v4.0 findings";
    }

    @Override
    public Integer getChecksum() {
        return 18;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, cvss_vector from assessment_finding
                where cvss_score is null and cvss_vector like 'CVSS:4.0/%'""");
                PreparedStatement update = connection.prepareStatement(
                        "update assessment_finding set cvss_score = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Optional<BigDecimal> score = Cvss40.score(rows.getString("cvss_vector"));
                if (score.isPresent()) {
                    update.setBigDecimal(1, score.get());
                    update.setObject(2, rows.getObject("id"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
