package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over reports of unauthorized testing ({@code observed_testing}, {@code
 * observed_testing_recipient}). Reads are limited to the operator that reported and the recipients, in {@link #SEEN}.
 */
@Repository
class ObservedTestingReports {

    private static final String SEEN = " (r.operator_id = :org or exists (select 1 from observed_testing_recipient x"
            + " where x.report_id = r.id and x.organization_id = :org))";
    private static final String SELECT = """
            select r.*, o.name as operator_name, s.name as sanctioned_by_name
            from observed_testing r join registry_organization o on o.id = r.operator_id
            left join registry_organization s on s.id = r.sanctioned_by_org""";

    private final JdbcClient jdbc;

    ObservedTestingReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewReport(UUID id, UUID operatorId, Instant observedFrom, Instant observedTo, String source, String target,
            String authorizationNumber, String finding, String description, String evidence, Instant at, String by) {
    }

    void insert(NewReport r, List<UUID> recipients) {
        jdbc.sql("""
                insert into observed_testing (id, operator_id, observed_from, observed_to, source_address, target,
                    authorization_number, finding, description, evidence, reported_at, reported_by)
                values (:id, :operator, :from, :to, :source, :target, :number, :finding, :description, :evidence,
                    :at, :by)""")
                .param("id", r.id()).param("operator", r.operatorId()).param("from", Timestamp.from(r.observedFrom()))
                .param("to", Timestamp.from(r.observedTo())).param("source", r.source()).param("target", r.target())
                .param("number", r.authorizationNumber()).param("finding", r.finding())
                .param("description", r.description()).param("evidence", r.evidence())
                .param("at", Timestamp.from(r.at())).param("by", r.by()).update();
        jdbc.sql("""
                insert into observed_testing_recipient (report_id, organization_id)
                select :id, unnest(cast(:orgs as uuid[])) on conflict do nothing""")
                .param("id", r.id()).param("orgs", recipients.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    Optional<ObservedTestingView> find(UUID id, UUID organizationId) {
        return jdbc.sql(SELECT + " where r.id = :id and" + SEEN).param("id", id).param("org", organizationId)
                .query(ObservedTestingReports::map).optional();
    }

    List<UUID> recipients(UUID id) {
        return jdbc.sql("select organization_id from observed_testing_recipient where report_id = :id")
                .param("id", id).query(UUID.class).list();
    }

    boolean isRecipient(UUID id, UUID organizationId) {
        return jdbc.sql("""
                select exists (select 1 from observed_testing_recipient where report_id = :id
                    and organization_id = :org)""")
                .param("id", id).param("org", organizationId).query(Boolean.class).single();
    }

    PageResult<ObservedTestingView> page(UUID organizationId, PageQuery page) {
        long total = jdbc.sql("select count(*) from observed_testing r where" + SEEN).param("org", organizationId)
                .query(Long.class).single();
        List<ObservedTestingView> items = jdbc.sql(SELECT + " where" + SEEN
                        + " order by r.reported_at desc, r.id limit :limit offset :offset")
                .param("org", organizationId).param("limit", page.size()).param("offset", page.offset())
                .query(ObservedTestingReports::map).list();
        return PageResult.of(items, page, total);
    }

    /** Links the sanction to the report, once; false when one was linked meanwhile. */
    boolean sanction(UUID id, UUID sanctionId, UUID org, Instant at) {
        return jdbc.sql("""
                update observed_testing set sanction_id = :sanction, sanctioned_at = :at, sanctioned_by_org = :org
                where id = :id and sanction_id is null""")
                .param("sanction", sanctionId).param("at", Timestamp.from(at)).param("org", org).param("id", id)
                .update() == 1;
    }

    /** The authorizations of an operator in force, by number, for telling whether observed testing was covered. */
    List<String> numbersInForce(UUID operatorId) {
        return jdbc.sql("""
                select number from testing_authorization where operator_id = :op
                  and status in ('AUTHORIZED', 'SUSPENDED') order by authorized_at desc limit 200""")
                .param("op", operatorId).query(String.class).list();
    }

    /** The operator of the authorization with this number, if there is one. */
    Optional<UUID> operatorOf(String number) {
        return jdbc.sql("select operator_id from testing_authorization where number = :n").param("n", number)
                .query(UUID.class).optional();
    }

    private static ObservedTestingView map(ResultSet rs, int n) throws SQLException {
        return new ObservedTestingView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                Rows.instant(rs, "observed_from"), Rows.instant(rs, "observed_to"), rs.getString("source_address"),
                rs.getString("target"), rs.getString("authorization_number"), rs.getString("finding"),
                rs.getString("description"), rs.getString("evidence"), Rows.instant(rs, "reported_at"),
                rs.getString("reported_by"), Rows.uuid(rs, "sanction_id"), Rows.instant(rs, "sanctioned_at"),
                rs.getString("sanctioned_by_name"));
    }
}
