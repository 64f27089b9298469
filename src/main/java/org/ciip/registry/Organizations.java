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

    /** The protection departments responsible for a sector in a region: its province's first, then national ones. */
    List<UUID> departmentsFor(String sector, String regionCode);

    /**
     * In one look-up, the organization {@code reporter} that makes a report on assets of {@code sectors}, and every
     * authority the report may be addressed to: the protection departments of those sectors (national ones and those
     * of the reporter's province), the public security organs and provincial cyberspace administrations of that
     * province, CAC and MPS; ordered by name. Empty when there is no such organization.
     */
    Optional<ReportingParties> reportingParties(UUID reporter, java.util.Collection<String> sectors);

    /** The organization that reports, and the authorities its report may be addressed to. */
    record ReportingParties(OrganizationSummary reporter, List<Addressee> addressees) {
    }

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
