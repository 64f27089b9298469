package org.ciip.sharing;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of threat information sharing (Art. 23); each is audited against its collection. */
public sealed interface SharingEvent extends AuditedEvent permits CollectionOpened, MemberAdmitted, ObjectsAdded,
        WarningPublished, IncidentShared {

    UUID collectionId();

    @Override
    default String auditObjectType() {
        return "SharingCollection";
    }

    @Override
    default Object auditObjectId() {
        return collectionId();
    }
}
