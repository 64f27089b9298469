package org.ciip.registry;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of an organization in the registry; each is audited against it. */
public sealed interface OrganizationEvent extends AuditedEvent permits OrganizationRegistered, OrganizationChanged {

    UUID organizationId();

    @Override
    default String auditObjectType() {
        return "Organization";
    }

    @Override
    default Object auditObjectId() {
        return organizationId();
    }
}
