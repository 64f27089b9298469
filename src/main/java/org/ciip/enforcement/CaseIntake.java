package org.ciip.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.ciip.enforcement.CaseRequests.NewCase;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentView;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.ciip.shared.person.PersonIdHasher;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a case may be opened as asked: the article, the competent authority (Art. 39-43) and the operator under its
 * supervision (or, under Art. 43, the person or unit), the facts and the date of the act, the source (a breach the
 * compliance engine finds today, an incident of that operator the authority can see, or by hand) and the persons
 * named, whose identity numbers are kept only as keyed hashes.
 */
@Component
class CaseIntake {

    private final Organizations organizations;
    private final IncidentReporting incidents;
    private final ObjectProvider<Breaches> breaches;
    private final ObjectProvider<InspectionSources> inspections;
    private final PersonIdHasher hasher;
    private final java.time.Clock clock;

    CaseIntake(Organizations organizations, IncidentReporting incidents, ObjectProvider<Breaches> breaches,
            ObjectProvider<InspectionSources> inspections, PersonIdHasher hasher, java.time.Clock clock) {
        this.organizations = organizations;
        this.incidents = incidents;
        this.breaches = breaches;
        this.inspections = inspections;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** A case admitted for opening: the respondent, the source and the persons, as they will be recorded. */
    record Admitted(String article, OrganizationSummary operator, String respondentKind, String respondentName,
            String sourceKind, String sourceRef, List<Cases.PersonRow> persons) {
    }

    /** The case as it may be opened, or a 400 naming every field at fault (403 for an authority not competent). */
    Admitted admit(Actor actor, NewCase c) {
        Validation v = new Validation();
        String article = c.article() == null ? "" : c.article().replace(" ", "");
        if (!CaseRules.ARTICLES.contains(article)) {
            v.add("article", "validation.caseArticle", "must be one of " + String.join(", ", CaseRules.ARTICLES));
        } else if (!CaseRules.authorities(article).contains(actor.organizationKind()) || !actor.canWrite()) {
            throw ApiException.forbidden("Your organization is not the competent authority for Art. "
                    + CaseRules.main(article) + ".");
        }
        OrganizationSummary operator = null;
        String respondentKind = "OPERATOR";
        String respondentName = null;
        if (v.hasProblem("article") || CaseRules.againstOperator(article)) {
            if (c.operatorId() == null) {
                v.add("operatorId", "validation.required", "is required");
            } else {
                operator = organizations.find(c.operatorId()).filter(o -> o.kind() == OrganizationKind.OPERATOR)
                        .filter(o -> competentFor(actor, o)).orElse(null);
                if (operator == null) {
                    v.add("operatorId", "validation.caseOperator", "is not an operator under your supervision");
                } else {
                    respondentName = operator.name();
                }
            }
        } else {
            respondentKind = c.respondentKind() == null ? "" : c.respondentKind().trim().toUpperCase(Locale.ROOT);
            if (!Set.of("PERSON", "UNIT").contains(respondentKind)) {
                v.add("respondentKind", "validation.oneOf", "must be PERSON or UNIT", "PERSON, UNIT");
            }
            if (v.requireText(c.respondentName(), "respondentName", 300)) {
                respondentName = c.respondentName().trim();
            }
            if (c.operatorId() != null) {
                v.add("operatorId", "validation.caseArt43Operator",
                        "is not given for Art. 43: the respondent is a person or a unit");
            }
        }
        LocalDate today = LegalTime.today(clock);
        v.requireText(c.facts(), "facts", 10_000);
        v.requirePastDate(c.actDate(), "actDate", today);
        if (c.actDate() != null && c.actDate().isBefore(LocalDate.of(2021, 9, 1)) && !v.hasProblem("actDate")) {
            v.add("actDate", "validation.caseActDate",
                    "is before 2021-09-01, when the Regulations came into force (Art. 51)");
        }
        String sourceKind = c.sourceKind() == null ? "MANUAL" : c.sourceKind().trim().toUpperCase(Locale.ROOT);
        String sourceRef = c.sourceRef() == null || c.sourceRef().isBlank() ? null : c.sourceRef().trim();
        switch (sourceKind) {
            case "MANUAL" -> sourceRef = null;
            case "COMPLIANCE" -> {
                if (operator != null && !v.hasProblem("article")
                        && !breaches.getObject().breached(operator.id(), article, today)) {
                    v.add("sourceKind", "validation.caseNoBreach", "COMPLIANCE: the compliance engine finds no breach"
                            + " of Art. " + article + " by this operator today");
                }
                sourceRef = "Art. " + article + " as of " + today;
            }
            case "INCIDENT" -> sourceRef = incidentSource(actor, sourceRef, operator, v);
            case "INSPECTION" -> sourceRef = inspectionSource(actor, sourceRef, operator, v);
            default -> v.add("sourceKind", "validation.oneOf", "must be COMPLIANCE, INCIDENT, INSPECTION or MANUAL",
                    "COMPLIANCE, INCIDENT, INSPECTION, MANUAL");
        }
        List<Cases.PersonRow> persons = persons(c.persons(), v);
        v.throwIfInvalid();
        return new Admitted(article, operator, respondentKind, respondentName, sourceKind, sourceRef, persons);
    }

    /** The operators the actor's organization may open cases against, by name. */
    List<OrganizationSummary> operatorsFor(Actor actor) {
        return organizations.listAll().stream().filter(o -> o.kind() == OrganizationKind.OPERATOR)
                .filter(o -> competentFor(actor, o)).sorted(java.util.Comparator.comparing(OrganizationSummary::name))
                .toList();
    }

    /** An inspection the authority is a body of, of the same operator; its id. */
    private String inspectionSource(Actor actor, String ref, OrganizationSummary operator, Validation v) {
        UUID inspectionId;
        try {
            inspectionId = ref == null ? null : UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            inspectionId = null;
        }
        java.util.Optional<InspectionSources.Source> source = inspectionId == null ? java.util.Optional.empty()
                : inspections.getObject().asBody(actor, inspectionId);
        if (source.isEmpty()) {
            v.add("sourceRef", "validation.caseInspection", "is the id of an inspection your organization carried out");
            return null;
        }
        if (operator != null && !source.get().operatorId().equals(operator.id())) {
            v.add("sourceRef", "validation.caseInspectionOperator", "is an inspection of another operator");
        }
        return inspectionId.toString();
    }

    private String incidentSource(Actor actor, String ref, OrganizationSummary operator, Validation v) {
        UUID incidentId;
        try {
            incidentId = ref == null ? null : UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            incidentId = null;
        }
        if (incidentId == null) {
            v.add("sourceRef", "validation.caseIncident", "is the id of an incident reported to you");
            return null;
        }
        try {
            IncidentView incident = incidents.find(actor, incidentId);
            if (operator != null && !incident.operatorId().equals(operator.id())) {
                v.add("sourceRef", "validation.caseIncidentOperator", "is an incident of another operator");
            }
        } catch (ApiException e) {
            if (e.getStatusCode().value() != 404) {
                throw e;
            }
            v.add("sourceRef", "validation.caseIncident", "is the id of an incident reported to you");
        }
        return incidentId.toString();
    }

    private List<Cases.PersonRow> persons(List<CaseRequests.NewPerson> given, Validation v) {
        List<Cases.PersonRow> rows = new ArrayList<>();
        if (given == null) {
            return rows;
        }
        if (given.size() > 20) {
            v.add("persons", "validation.maxItems", "names at most 20 persons", 20);
            return rows;
        }
        for (int i = 0; i < given.size(); i++) {
            CaseRequests.NewPerson p = given.get(i);
            String at = "persons[" + i + "].";
            if (p == null) {
                v.add("persons[" + i + "]", "validation.required", "is required");
                continue;
            }
            v.requireText(p.name(), at + "name", 100);
            v.optionalText(p.position(), at + "position", 200);
            String number = Validation.blankToNull(p.idNumber());
            if (number != null) {
                PersonIdNumber.problem(number).ifPresent(problem -> v.add(at + "idNumber", "validation.idNumber",
                        problem));
            }
            if (!v.hasProblem(at + "name") && !v.hasProblem(at + "idNumber")) {
                rows.add(new Cases.PersonRow(p.name().trim(), Validation.blankToNull(p.position()),
                        number == null ? null : hasher.hash(number),
                        number == null ? null : PersonIdNumber.lastFour(number)));
            }
        }
        return rows;
    }


    /** Whether the actor's organization supervises the operator for enforcement. */
    private boolean competentFor(Actor actor, OrganizationSummary operator) {
        OrganizationKind kind = actor.organizationKind();
        if (kind == OrganizationKind.MPS || kind == OrganizationKind.CAC) {
            return true;
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            return operator.sectors().stream().anyMatch(s -> organizations.departmentsFor(s, operator.regionCode())
                    .contains(actor.organizationId()));
        }
        if (kind == OrganizationKind.PUBLIC_SECURITY_ORGAN || kind == OrganizationKind.PROVINCIAL_CAC) {
            String province = organizations.find(actor.organizationId()).map(o -> o.jurisdictionProvince() != null
                    ? o.jurisdictionProvince() : o.regionCode() == null ? null : o.regionCode().substring(0, 2))
                    .orElse(null);
            return province != null && operator.regionCode() != null && operator.regionCode().startsWith(province);
        }
        return false;
    }
}
