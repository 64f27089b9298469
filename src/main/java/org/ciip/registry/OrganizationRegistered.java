package org.ciip.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;

/** The platform administrator registered an organization. */
public record OrganizationRegistered(UUID organizationId, OrganizationKind kind, String name, String creditCode,
        String regionCode, List<String> sectors) implements OrganizationEvent {

    @Override
    public String auditAction() {
        return "ORGANIZATION_REGISTERED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", kind.name());
        summary.put("name", name);
        summary.put("creditCode", creditCode);
        summary.put("regionCode", regionCode);
        summary.put("sectors", sectors);
        return summary;
    }
}
