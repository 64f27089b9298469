package org.ciip.registry;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;

/** An organization as other modules see it. */
public record OrganizationSummary(UUID id, OrganizationKind kind, String name, String nameEn, String creditCode,
        String regionCode, String jurisdictionProvince, List<String> sectors, int version) {
}
