package org.ciip.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;

/** The registry's organizations, for other modules. Lookups here are not filtered: callers decide what to show. */
public interface Organizations {

    Optional<OrganizationSummary> find(UUID id);

    Optional<OrganizationSummary> findByCreditCode(String creditCode);

    /** Registers an organization as the current actor (who must be the platform administrator, or the system). */
    OrganizationSummary register(OrganizationRegistration registration);

    /** For pick lists: every organization, ordered by name. */
    List<OrganizationSummary> listAll();

    /** The ids of every organization of a kind (e.g. MPS), for addressing notices. */
    List<UUID> idsOfKind(OrganizationKind kind);

    /** The protection departments responsible for a sector in a region: national ones and those of its province. */
    List<UUID> departmentsFor(String sector, String regionCode);

    /**
     * In one look-up, every authority that a report of an organization in {@code regionCode} on assets of
     * {@code sectors} may be addressed to: the protection departments of those sectors (national ones and those of the
     * region's province), the public security organs and provincial cyberspace administrations of the province, CAC and
     * MPS; ordered by name.
     */
    List<Addressee> addressees(java.util.Collection<String> sectors, String regionCode);

    /** An authority a report may be addressed to; {@code sectors} are those of a protection department. */
    record Addressee(UUID id, OrganizationKind kind, String name, List<String> sectors) {
    }

    /** How many organizations of each kind are registered. */
    java.util.Map<OrganizationKind, Long> countByKind();

    /** What a new organization needs; also the body of {@code POST /api/v1/organizations}. */
    record OrganizationRegistration(OrganizationKind kind, String name, String nameEn, String creditCode,
            String regionCode, String jurisdictionProvince, List<String> sectors) {
    }
}
