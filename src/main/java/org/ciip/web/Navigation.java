package org.ciip.web;

import java.util.ArrayList;
import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;

/** The navigation bar fits the signed-in party: only what it can use is shown. */
record Navigation(List<Item> items) {

    record Item(String path, String label) {
    }

    static Navigation forActor(Actor actor) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("/", "nav.home"));
        OrganizationKind kind = actor.organizationKind();
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            items.add(new Item("/assets", "nav.assets"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.MPS) {
            items.add(new Item("/identification", "nav.identification"));
        }
        if (kind != OrganizationKind.PLATFORM_ADMIN && kind != OrganizationKind.SERVICE_AGENCY
                && kind != OrganizationKind.SUPPLIER) {
            items.add(new Item("/incidents", "nav.incidents"));
        }
        if (kind == OrganizationKind.OPERATOR) {
            items.add(new Item("/operators/" + actor.organizationId() + "/program", "nav.program"));
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            items.add(new Item("/program", "nav.program"));
        }
        if (kind == OrganizationKind.OPERATOR) {
            items.add(new Item("/operators/" + actor.organizationId() + "/compliance", "nav.compliance"));
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT || kind == OrganizationKind.MPS
                || kind == OrganizationKind.CAC) {
            items.add(new Item("/compliance", "nav.compliance"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.MPS || kind == OrganizationKind.CAC) {
            items.add(new Item("/warnings", "nav.warnings"));
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT || kind == OrganizationKind.MPS
                || kind == OrganizationKind.CAC) {
            items.add(new Item("/situation", "nav.situation"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.PUBLIC_SECURITY_ORGAN) {
            items.add(new Item("/threats", "nav.threats"));
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT || kind == OrganizationKind.CAC
                || kind == OrganizationKind.TELECOM_AUTHORITY || kind == OrganizationKind.MPS) {
            items.add(new Item("/support", "nav.support"));
        }
        if (kind == OrganizationKind.OPERATOR
                || org.ciip.supervision.InspectionPlanning.INSPECTORS.contains(kind)) {
            items.add(new Item("/inspections", "nav.inspections"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            items.add(new Item("/drills", "nav.drills"));
            items.add(new Item("/sector-plans", "nav.sectorPlans"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.SERVICE_AGENCY || kind == OrganizationKind.CAC
                || kind == OrganizationKind.MPS || kind == OrganizationKind.TELECOM_AUTHORITY) {
            items.add(new Item("/testing", "nav.testing"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.PUBLIC_SECURITY_ORGAN) {
            items.add(new Item("/unauthorized-testing", "nav.unauthorizedTesting"));
        }
        if (kind != OrganizationKind.PLATFORM_ADMIN
                && actor.roles().stream().anyMatch(org.ciip.shared.Role::canApprove)) {
            items.add(new Item("/organization/accounts", "nav.orgAccounts"));
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT || kind == OrganizationKind.SERVICE_AGENCY) {
            items.add(new Item("/assessments", "nav.assessments"));
        }
        if (kind == OrganizationKind.SUPPLIER) {
            items.add(new Item("/agreements", "nav.agreements"));
        }
        if (kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT
                || kind == OrganizationKind.PUBLIC_SECURITY_ORGAN || kind == OrganizationKind.MPS
                || kind == OrganizationKind.CAC || kind == OrganizationKind.PROVINCIAL_CAC) {
            items.add(new Item("/cases", "nav.cases"));
        }
        if (kind == OrganizationKind.PUBLIC_SECURITY_ORGAN || kind == OrganizationKind.MPS) {
            items.add(new Item("/sanctions", "nav.sanctions"));
        }
        if (kind == OrganizationKind.OPERATOR) {
            items.add(new Item("/access", "nav.access"));
        }
        if (kind == OrganizationKind.MPS || kind == OrganizationKind.CAC) {
            items.add(new Item("/access", "nav.accessOversight"));
            items.add(new Item("/accountability", "nav.accountability"));
        }
        if (kind != OrganizationKind.PLATFORM_ADMIN && kind != OrganizationKind.SUPPLIER) {
            items.add(new Item("/sharing", "nav.sharing"));
        }
        items.add(new Item("/organizations", "nav.organizations"));
        if (kind == OrganizationKind.PLATFORM_ADMIN) {
            items.add(new Item("/admin/accounts", "nav.accounts"));
        }
        items.add(new Item("/calendar", "nav.calendar"));
        items.add(new Item("/audit", "nav.audit"));
        return new Navigation(items);
    }
}
