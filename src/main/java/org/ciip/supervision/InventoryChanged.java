package org.ciip.supervision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * An asset's software inventory changed: replaced by an upload ({@code source} CYCLONEDX or CSV, with the number of
 * components now listed), or edited by hand ({@code MANUAL}: one component added or removed, named in {@code change}).
 */
public record InventoryChanged(UUID assetId, UUID operatorId, String source, int components, String change)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return source.equals("MANUAL") ? "INVENTORY_EDITED" : "INVENTORY_REPLACED";
    }

    @Override
    public String auditObjectType() {
        return "Asset";
    }

    @Override
    public Object auditObjectId() {
        return assetId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("components", components);
        if (change != null) {
            summary.put("change", change);
        }
        return summary;
    }
}
