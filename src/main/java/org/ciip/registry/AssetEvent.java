package org.ciip.registry;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a candidate CII asset in the registry; each is audited against it. */
public sealed interface AssetEvent extends AuditedEvent permits AssetRegistered, AssetChanged, AssetCiiStatusSet {

    UUID assetId();

    @Override
    default String auditObjectType() {
        return "Asset";
    }

    @Override
    default Object auditObjectId() {
        return assetId();
    }
}
