package org.ciip.shared;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may see (DESIGN.md §3). This is the one place that decides which case data a query returns: every
 * module adds the predicate built here to its queries, so that a record outside the jurisdiction is simply not found.
 *
 * @param organizationId the caller's organization
 * @param kind           the kind of that organization
 * @param sectors        for a protection department, the sectors it supervises
 * @param provinceCode   for a protection department limited to one province, its two-digit code; null otherwise
 */
public record Jurisdiction(UUID organizationId, OrganizationKind kind, Set<String> sectors, String provinceCode)
        implements Serializable {

    public Jurisdiction {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    /** The jurisdiction of scheduled and start-up work, which acts for the platform and sees everything. */
    public static final Jurisdiction SYSTEM = new Jurisdiction(null, null, Set.of(), null);

    public boolean isSystem() {
        return kind == null;
    }

    /** MPS and CAC see national aggregates (counts by sector and region), not individual records by that right. */
    public boolean seesNationalAggregates() {
        return kind == OrganizationKind.MPS || kind == OrganizationKind.CAC || isSystem();
    }

    /**
     * Records that belong to an operator: its assets and, later, its security program. An operator sees its own; a
     * protection department those in its sectors (and province, where it has one); no one else, by this right.
     *
     * @param operatorIdColumn   column holding the operator's organization id
     * @param sectorColumn       column holding the record's sector code
     * @param operatorRegionColumn column holding the operator's six-digit region code
     */
    public SqlPredicate operatorRecords(String operatorIdColumn, String sectorColumn, String operatorRegionColumn) {
        if (isSystem()) {
            return SqlPredicate.ALL;
        }
        return switch (kind) {
            case OPERATOR -> new SqlPredicate(operatorIdColumn + " = :jurisdictionOrganization",
                    Map.of("jurisdictionOrganization", organizationId));
            case PROTECTION_DEPARTMENT -> departmentScope(sectorColumn, operatorRegionColumn);
            default -> SqlPredicate.NONE;
        };
    }

    /**
     * An operator's security program (Chapter III), kept per operator rather than per asset: the operator sees its
     * own; a protection department those of operators active in one of its sectors (and in its province, where it
     * has one); no one else, by this right.
     *
     * @param operatorIdColumn      column holding the operator's organization id
     * @param operatorSectorsColumn column holding the operator's sectors (varchar[])
     * @param operatorRegionColumn  column holding the operator's six-digit region code
     */
    public SqlPredicate operatorProgram(String operatorIdColumn, String operatorSectorsColumn,
            String operatorRegionColumn) {
        if (isSystem()) {
            return SqlPredicate.ALL;
        }
        return switch (kind) {
            case OPERATOR -> new SqlPredicate(operatorIdColumn + " = :jurisdictionOrganization",
                    Map.of("jurisdictionOrganization", organizationId));
            case PROTECTION_DEPARTMENT -> new SqlPredicate("(" + operatorSectorsColumn
                    + " && cast(:jurisdictionSectors as varchar[])" + (provinceCode == null ? ""
                    : " and left(" + operatorRegionColumn + ", 2) = :jurisdictionProvince") + ")", departmentParams());
            default -> SqlPredicate.NONE;
        };
    }

    /**
     * Records a third party is party to: a service agency its engagements, a supplier its agreements (DESIGN.md §3).
     * Matches only when the caller is of {@code partyKind}; combine it with {@link SqlPredicate#or}.
     */
    public SqlPredicate partyTo(String partyColumn, OrganizationKind partyKind) {
        if (isSystem() || kind != partyKind) {
            return SqlPredicate.NONE;
        }
        return new SqlPredicate(partyColumn + " = :jurisdictionOrganization",
                Map.of("jurisdictionOrganization", organizationId));
    }

    /**
     * Records reported to authorities (incidents): the operator sees its own; an authority those reported or forwarded
     * to it, as listed in {@code recipientTable} (columns {@code organization_id} and {@code recordColumn}); the
     * platform administrator none.
     */
    public SqlPredicate routedRecords(String ownerColumn, String idColumn, String recipientTable, String recordColumn) {
        if (isSystem()) {
            return SqlPredicate.ALL;
        }
        return switch (kind) {
            case OPERATOR -> new SqlPredicate(ownerColumn + " = :jurisdictionOrganization",
                    Map.of("jurisdictionOrganization", organizationId));
            case PLATFORM_ADMIN, SUPPLIER, SERVICE_AGENCY -> SqlPredicate.NONE;
            default -> new SqlPredicate("exists (select 1 from " + recipientTable + " jr where jr." + recordColumn
                    + " = " + idColumn + " and jr.organization_id = :jurisdictionOrganization)",
                    Map.of("jurisdictionOrganization", organizationId));
        };
    }

    /**
     * The organization directory: everyone sees their own organization and the authorities; a protection department
     * also the operators of its sectors (and province); the platform administrator, MPS and CAC see every organization.
     */
    public SqlPredicate organizations(String idColumn, String kindColumn, String sectorsColumn, String regionColumn) {
        if (isSystem() || kind == OrganizationKind.PLATFORM_ADMIN || kind == OrganizationKind.MPS
                || kind == OrganizationKind.CAC) {
            return SqlPredicate.ALL;
        }
        String authorities = OrganizationKind.AUTHORITIES.stream().map(k -> "'" + k.name() + "'").sorted()
                .collect(java.util.stream.Collectors.joining(","));
        String own = "(" + idColumn + " = :jurisdictionOrganization or " + kindColumn + " in (" + authorities + "))";
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            String sql = "(" + own + " or (" + kindColumn + " = 'OPERATOR' and " + sectorsColumn
                    + " && cast(:jurisdictionSectors as varchar[])"
                    + (provinceCode == null ? "" : " and left(" + regionColumn + ", 2) = :jurisdictionProvince") + "))";
            return new SqlPredicate(sql, departmentParams());
        }
        return new SqlPredicate(own, Map.of("jurisdictionOrganization", organizationId));
    }

    private SqlPredicate departmentScope(String sectorColumn, String regionColumn) {
        String sql = sectorColumn + " = any(cast(:jurisdictionSectors as varchar[]))"
                + (provinceCode == null ? "" : " and left(" + regionColumn + ", 2) = :jurisdictionProvince");
        return new SqlPredicate("(" + sql + ")", departmentParams());
    }

    private Map<String, Object> departmentParams() {
        String[] sectorArray = sectors.toArray(String[]::new);
        return provinceCode == null
                ? Map.of("jurisdictionOrganization", organizationId, "jurisdictionSectors", sectorArray)
                : Map.of("jurisdictionOrganization", organizationId, "jurisdictionSectors", sectorArray,
                        "jurisdictionProvince", provinceCode);
    }
}
