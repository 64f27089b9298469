package org.ciip.obligations.web;

import java.util.Set;

/**
 * The fields of the security program's forms that the services refuse when empty ("form.field", the form as its
 * action names it), for the pages to mark them before anything is sent. A field required only with another's value
 * (the agency of an assessment by an agency, the reason of a return) is not marked: the server says so when sent.
 * {@code ProgramFormMarksTest} sends each form empty and holds these to what the server answers.
 */
final class RequiredFields {

    static final Set<String> PROGRAM = Set.of(
            "institution.name", "institution.establishedOn", "institution.headName", "institution.reportsTo",
            "institution.members",
            "year.year", "year.budgetCny", "year.staffCount",
            "key-position.title", "key-position.identifiedOn",
            "review.personName", "review.idNumber", "review.position",
            "review-result.result", "review-result.reviewedOn", "review-result.reviewer",
            "decision.decidedOn", "decision.subject",
            "document.kind", "document.title", "document.reviewDue",
            "drill-interval.months", "drill-interval.basis",
            "activity.kind", "activity.heldOn", "activity.title", "activity.participants",
            "measure.assetId", "measure.stage", "measure.measures", "measure.signedOffOn", "measure.signedOffBy",
            "assessment.assetId", "assessment.year", "assessment.performer", "assessment.scope",
            "assessment.startedOn", "assessment.endedOn",
            "purchase.supplierId", "purchase.item", "purchase.amountCny", "purchase.purchasedOn",
            "purchase.mayAffectNationalSecurity", "purchase.justification",
            "purchase-review.result", "purchase-review.decidedOn", "purchase-review.reference",
            "purchase-use.inUseSince",
            "agreement.signedOn", "agreement.obligations",
            "corporate-change.kind", "corporate-change.description", "corporate-change.effectiveOn",
            "corporate-change.disposalPlan",
            "requirements.requirements", "requirements.dueOn",
            "completion.completedOn", "completion.note",
            // the assessment's page
            "finding.title", "finding.severity", "finding.owner", "finding.dueOn",
            "rectification.status",
            "decision.decision");

    private RequiredFields() {
    }
}
