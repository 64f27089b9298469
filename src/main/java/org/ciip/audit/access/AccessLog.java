package org.ciip.audit.access;

import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.stereotype.Component;

/**
 * Who read what, when and why (Art. 30, 46): an operator sees the reads of its own records; MPS and CAC see the reads
 * that had no case, incident or other record behind them, by reader, where misuse would show.
 */
@Component
class AccessLog {

    private final AccessReads reads;

    AccessLog(AccessReads reads) {
        this.reads = reads;
    }

    static boolean oversees(Actor actor) {
        return actor.is(OrganizationKind.MPS) || actor.is(OrganizationKind.CAC);
    }

    static boolean mayUse(Actor actor) {
        return actor.is(OrganizationKind.OPERATOR) || oversees(actor);
    }

    /** The operator's own records' reads; for MPS and CAC, the reads without a case (of one reader, when given). */
    PageResult<AccessReads.Read> reads(Actor actor, UUID readerOrgId, PageQuery page) {
        if (actor.is(OrganizationKind.OPERATOR)) {
            return reads.page(actor.organizationId(), false, readerOrgId, page);
        }
        if (oversees(actor)) {
            return reads.page(null, true, readerOrgId, page);
        }
        throw ApiException.notFound("Access log");
    }

    PageResult<AccessReads.Reader> readersWithoutCase(Actor actor, PageQuery page) {
        if (!oversees(actor)) {
            throw ApiException.notFound("Readers without a case");
        }
        return reads.readersWithoutCase(page);
    }
}
