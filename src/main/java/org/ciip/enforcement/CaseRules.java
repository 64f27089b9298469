package org.ciip.enforcement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.shared.OrganizationKind;

/**
 * Who is the competent authority for each article of Chapter V and what its case allows; pure rules, tested without
 * Spring.
 */
final class CaseRules {

    /** The articles a case can be opened for: Art. 39's ten items, 40, 41, 42, 43. */
    static final List<String> ARTICLES = List.of("39(1)", "39(2)", "39(3)", "39(4)", "39(5)", "39(6)", "39(7)",
            "39(8)", "39(9)", "39(10)", "40", "41", "42", "43");

    private CaseRules() {
    }

    static String main(String article) {
        return article.contains("(") ? article.substring(0, article.indexOf('(')) : article;
    }

    /**
     * The competent authorities: the department for Art. 39 (its sector's operators); the department or public
     * security for Art. 40; CAC and the other competent departments for Art. 41; the inspecting body for Art. 42;
     * public security for Art. 43.
     */
    static Set<OrganizationKind> authorities(String article) {
        return switch (main(article)) {
            case "39" -> EnumSet.of(OrganizationKind.PROTECTION_DEPARTMENT);
            case "40" -> EnumSet.of(OrganizationKind.PROTECTION_DEPARTMENT, OrganizationKind.PUBLIC_SECURITY_ORGAN,
                    OrganizationKind.MPS);
            case "41" -> EnumSet.of(OrganizationKind.CAC, OrganizationKind.PROVINCIAL_CAC,
                    OrganizationKind.PROTECTION_DEPARTMENT);
            case "42" -> EnumSet.of(OrganizationKind.PROTECTION_DEPARTMENT, OrganizationKind.PUBLIC_SECURITY_ORGAN,
                    OrganizationKind.MPS, OrganizationKind.CAC, OrganizationKind.PROVINCIAL_CAC);
            case "43" -> EnumSet.of(OrganizationKind.PUBLIC_SECURITY_ORGAN, OrganizationKind.MPS);
            default -> EnumSet.noneOf(OrganizationKind.class);
        };
    }

    /** Art. 43 is against whoever intruded (a person or a unit); every other article against an operator. */
    static boolean againstOperator(String article) {
        return !main(article).equals("43");
    }

    /** Art. 43 is decided without an order to correct; every other article orders a correction first. */
    static boolean ordersCorrection(String article) {
        return againstOperator(article);
    }

    /**
     * Whether a decision may be taken now. Art. 41 fines come with the order to correct; Art. 43 is decided directly;
     * Art. 39, 40 and 42 need a refusal to correct or a fact of harm, unless the decision finds nothing more (a
     * warning, with a fine only where the applicable basis allows one on that ground).
     */
    static String decisionProblem(String article, CaseStatus status, Ground ground, Ground harmFound) {
        if (status.closed()) {
            return "This case is closed (" + status.name().toLowerCase() + ").";
        }
        if (ordersCorrection(article) && status == CaseStatus.OPEN) {
            return "Issue the order to correct first (Art. " + main(article) + ").";
        }
        if (ground == Ground.NONE || main(article).equals("43") || main(article).equals("41")) {
            return null;
        }
        boolean refused = status == CaseStatus.REFUSED;
        Ground found = harmFound;
        if (ground == Ground.REFUSAL_OR_HARM && (refused || found != null)) {
            return null;
        }
        if (found != null && found.ordinal() >= ground.ordinal()) {
            return null;
        }
        return ground == Ground.REFUSAL_OR_HARM
                ? "No refusal to correct was found and no harm to network security was recorded in this case."
                : "No fact of harm of that severity was recorded in this case.";
    }
}
