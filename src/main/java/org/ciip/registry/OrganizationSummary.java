package org.ciip.registry;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;

/** An organization as other modules see it. {@code stateOrgan}: a central or state organ (or a directly affiliated
 * unit), which reports incidents on its own channel. */
public record OrganizationSummary(UUID id, OrganizationKind kind, String name, String nameEn, String creditCode,
        String regionCode, String jurisdictionProvince, List<String> sectors, int version, boolean stateOrgan) {
}
