package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;

/** What the sharing tests build: a department's collection of their sector, and STIX objects to add to it. */
final class SharingFixtures {

    /** The sector of the sharing tests' departments and operators. */
    static final String SECTOR = "DEFENSE_INDUSTRY";

    private SharingFixtures() {
    }

    /** A fresh department of the sector and the collection it opens; the collection's id. */
    static String collection(Http http, Party department) {
        Http.Response opened = http.post("/api/v1/sharing/collections", http.token(department.username()), """
                {"sector": "%s", "title": "国防科技工业威胁共享 %s", "titleEn": "Defense industry sharing %s"}"""
                .formatted(SECTOR, department.id(), department.id()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    static Party department(FreshOperators fresh) {
        return fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
    }

    static String newId(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /** An indicator of an address, under a TLP level, with whatever else {@code extra} adds (JSON members). */
    static String indicator(String id, String modified, Tlp tlp, String address, String extra) {
        return """
                {"type": "indicator", "spec_version": "2.1", "id": "%s", "created": "2026-11-01T00:00:00.000Z",
                 "modified": "%s", "name": "C2 %s", "pattern": "[ipv4-addr:value = '%s']", "pattern_type": "stix",
                 "valid_from": "2026-11-01T00:00:00Z", "object_marking_refs": ["%s"]%s}"""
                .formatted(id, modified, address, address, tlp.markingId(), extra.isEmpty() ? "" : ", " + extra);
    }

    static String envelope(String... objects) {
        return "{\"objects\": [" + String.join(",", objects) + "]}";
    }
}
