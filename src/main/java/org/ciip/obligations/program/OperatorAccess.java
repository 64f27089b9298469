package org.ciip.obligations.program;

import java.util.UUID;
import org.ciip.audit.ProtectedReads;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read and write an operator's program: the operator reads and writes its own; its protection departments
 * read it and decide what the law gives them to decide (accepting assessments, setting requirements). Anyone else
 * gets 404, as if the operator did not exist.
 */
@Component
public class OperatorAccess {

    private final JdbcClient jdbc;
    private final ProtectedReads reads;

    OperatorAccess(JdbcClient jdbc, ProtectedReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /**
     * The operator, if the actor may see its program; 404 otherwise. Anyone but the operator's own people reads it
     * under a purpose, audited (Art. 30): {@link org.ciip.audit.PurposeRequired} when there is none.
     */
    public OperatorRef readable(Actor actor, UUID operatorId) {
        OperatorRef operator = visible(actor, operatorId);
        reads.opened(actor, operatorId, "SecurityProgram", operatorId, null);
        return operator;
    }

    private OperatorRef visible(Actor actor, UUID operatorId) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql("select o.id, o.name, o.name_en, o.region_code, o.sectors from registry_organization o "
                        + "where o.id = :id and o.kind = 'OPERATOR' and " + scope.sql())
                .params(scope.params()).param("id", operatorId)
                .query((rs, n) -> new OperatorRef(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("name_en"), rs.getString("region_code"),
                        Rows.strings(rs, "sectors")))
                .optional().orElseThrow(() -> ApiException.notFound("Operator " + operatorId));
    }

    /** The operator, if the actor is its staff (who keep its program); 404 if unseen, 403 if seen but not its own. */
    public OperatorRef writable(Actor actor, UUID operatorId) {
        OperatorRef operator = visible(actor, operatorId);
        if (!operatorId.equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the operator's own staff keep its security program (Art. 13-21).");
        }
        return operator;
    }

    /** The operator, if the actor is one of its protection departments with a role that may decide. */
    public OperatorRef supervisedBy(Actor actor, UUID operatorId) {
        // a decision the law gives the department, audited as the change it makes, not as a read
        OperatorRef operator = visible(actor, operatorId);
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the operator's protection department decides this.");
        }
        return operator;
    }

    public record OperatorRef(UUID id, String name, String nameEn, String regionCode, java.util.List<String> sectors) {
    }
}
