package org.ciip.identity.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ciip.registry.OrganizationSummary;
import org.ciip.shared.OrganizationKind;

/**
 * Who may confirm an account the platform administrator proposes in an organization that has no principal or security
 * officer to do it (its first account, or a reset of its only officer): the authority above it, so that the
 * administrator never makes an account stand on its own word (DESIGN.md §3).
 * <ul>
 * <li>an operator: the protection departments of its sectors, in its province first (Art. 8);</li>
 * <li>the national Cyberspace Administration and MPS confirm each other's (Art. 3: MPS guides and supervises under the
 * CAC's overall coordination); a provincial CAC, the national CAC;</li>
 * <li>every other party: MPS (Art. 3).</li>
 * </ul>
 * The platform's own organization holds no case content and needs no confirmation. Candidates come in order; the first
 * that has an officer confirms. Where none has one yet (a new installation), the account stands and is told.
 */
final class ConfirmingAuthority {

    static final String ARTICLE_OPERATOR = "Art. 8";
    static final String ARTICLE_AUTHORITY = "Art. 3";

    private ConfirmingAuthority() {
    }

    /**
     * The organizations that may confirm for {@code organization}, nearest first, never itself.
     *
     * @param departmentsFor the protection departments of a sector in a region (its province's first, then national)
     * @param ofKind the organizations of a kind
     */
    static List<UUID> above(OrganizationSummary organization, BiFunction<String, String, List<UUID>> departmentsFor,
            Function<OrganizationKind, List<UUID>> ofKind) {
        LinkedHashSet<UUID> candidates = new LinkedHashSet<>();
        switch (organization.kind()) {
            case PLATFORM_ADMIN -> {
                return List.of();
            }
            case OPERATOR -> {
                for (String sector : organization.sectors()) {
                    candidates.addAll(departmentsFor.apply(sector, organization.regionCode()));
                }
                candidates.addAll(ofKind.apply(OrganizationKind.MPS));
            }
            case MPS -> candidates.addAll(ofKind.apply(OrganizationKind.CAC));
            case CAC -> candidates.addAll(ofKind.apply(OrganizationKind.MPS));
            case PROVINCIAL_CAC -> {
                candidates.addAll(ofKind.apply(OrganizationKind.CAC));
                candidates.addAll(ofKind.apply(OrganizationKind.MPS));
            }
            default -> candidates.addAll(ofKind.apply(OrganizationKind.MPS));
        }
        candidates.remove(organization.id());
        return List.copyOf(candidates);
    }

    /** The article that gives the authority its say over the organization's accounts. */
    static String article(OrganizationKind kind) {
        return kind == OrganizationKind.OPERATOR ? ARTICLE_OPERATOR : ARTICLE_AUTHORITY;
    }
}
