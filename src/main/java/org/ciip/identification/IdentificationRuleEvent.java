package org.ciip.identification;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of an identification rule's transitions; each is audited against the rule. */
public sealed interface IdentificationRuleEvent extends AuditedEvent permits IdentificationRuleDrafted,
        IdentificationRuleRevised, IdentificationRuleSubmitted, IdentificationRuleFiled, IdentificationRuleActivated {

    UUID ruleId();

    @Override
    default String auditObjectType() {
        return "IdentificationRule";
    }

    @Override
    default Object auditObjectId() {
        return ruleId();
    }
}
