package org.ciip.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An operator registered a candidate CII asset, by hand or in a CSV import ({@code imported}). */
public record AssetRegistered(UUID assetId, UUID operatorId, String name, String kind, String sector, int mlpsLevel,
        String coreBusiness, boolean imported) implements AssetEvent {

    @Override
    public String auditAction() {
        return imported ? "ASSET_IMPORTED" : "ASSET_REGISTERED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("operatorId", operatorId.toString());
        summary.put("name", name);
        summary.put("kind", kind);
        summary.put("sector", sector);
        summary.put("mlpsLevel", mlpsLevel);
        summary.put("coreBusiness", coreBusiness);
        summary.put("ciiStatus", "CANDIDATE");
        return summary;
    }
}
