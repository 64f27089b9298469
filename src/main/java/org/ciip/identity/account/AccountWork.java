package org.ciip.identity.account;

import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.Role;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * Accounts the platform administrator proposed in an organization, waiting for its principal or security officer to
 * confirm or reject them (DESIGN.md §3); only those who may decide see the line.
 */
@Component
class AccountWork implements WorkQueue {

    private final StoredAccounts accounts;

    AccountWork(StoredAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.is(org.ciip.shared.OrganizationKind.PLATFORM_ADMIN)
                || actor.roles().stream().noneMatch(Role::canApprove)) {
            return List.of();
        }
        return WorkItem.nonZero(new WorkItem(WorkItem.Urgency.ACTION, "work.account.proposed",
                accounts.proposedIn(actor.organizationId()), "/organization/accounts", null));
    }
}
