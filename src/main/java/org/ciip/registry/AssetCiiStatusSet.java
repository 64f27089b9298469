package org.ciip.registry;

import java.util.Map;
import java.util.UUID;

/**
 * The registry's copy of an asset's CII status followed an identification decision ({@code basis}); the decision is
 * what makes an asset CII (Art. 10), the copy serves display and search.
 */
public record AssetCiiStatusSet(UUID assetId, String from, String to, String basis) implements AssetEvent {

    @Override
    public String auditAction() {
        return "ASSET_CII_STATUS_SET";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("ciiStatus", Map.of("from", from, "to", to), "basis", basis);
    }
}
