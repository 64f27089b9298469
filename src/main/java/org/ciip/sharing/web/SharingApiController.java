package org.ciip.sharing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.sharing.CollectionView;
import org.ciip.sharing.MemberTier;
import org.ciip.sharing.RecordSharing;
import org.ciip.sharing.SharingGroups;
import org.ciip.sharing.stix.pattern.StixPattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of threat information sharing beside TAXII: collections and their members, an early warning published
 * as STIX, an incident shared as STIX, and the check of a STIX pattern.
 */
@RestController
class SharingApiController {

    private final SharingGroups groups;
    private final RecordSharing records;

    SharingApiController(SharingGroups groups, RecordSharing records) {
        this.groups = groups;
        this.records = records;
    }

    @GetMapping("/api/v1/sharing/collections")
    List<CollectionView> collections() {
        return groups.collections(Actors.current());
    }

    @PostMapping("/api/v1/sharing/collections")
    @ResponseStatus(HttpStatus.CREATED)
    CollectionView open(@RequestBody SharingGroups.OpenRequest request) {
        return groups.open(Actors.current(), request);
    }

    @GetMapping("/api/v1/sharing/collections/{id}/members")
    List<SharingGroups.Member> members(@PathVariable UUID id) {
        return groups.members(Actors.current(), id);
    }

    /** Who a TLP:AMBER+STRICT (organizations) or TLP:RED (people) object may name, as identity references. */
    @GetMapping("/api/v1/sharing/collections/{id}/recipients")
    List<SharingGroups.Recipient> recipients(@PathVariable UUID id, @RequestParam String tlp) {
        org.ciip.sharing.Tlp level;
        try {
            level = org.ciip.sharing.Tlp.parse(tlp);
        } catch (IllegalArgumentException e) {
            throw org.ciip.shared.api.ApiException.invalid("tlp", "AMBER_STRICT or RED");
        }
        if (!level.namesRecipients()) {
            throw org.ciip.shared.api.ApiException.invalid("tlp", "Only TLP:AMBER+STRICT and TLP:RED name recipients");
        }
        return groups.recipients(Actors.current(), id, level);
    }

    /** Admitting an organization: {@code tier} MEMBER, PARTNER or GUEST. */
    record Admission(UUID organizationId, MemberTier tier, Boolean canWrite) {
    }

    @PostMapping("/api/v1/sharing/collections/{id}/members")
    List<SharingGroups.Member> admit(@PathVariable UUID id, @RequestBody Admission admission) {
        return groups.admit(Actors.current(), id, admission.organizationId(), admission.tier(),
                Boolean.TRUE.equals(admission.canWrite()));
    }

    @PostMapping("/api/v1/sharing/warnings/{warningId}")
    @ResponseStatus(HttpStatus.CREATED)
    RecordSharing.Shared publishWarning(@PathVariable UUID warningId, @RequestBody RecordSharing.WarningShare share) {
        return records.publishWarning(Actors.current(), warningId, share);
    }

    @PostMapping("/api/v1/sharing/incidents/{incidentId}")
    @ResponseStatus(HttpStatus.CREATED)
    RecordSharing.Shared shareIncident(@PathVariable UUID incidentId,
            @RequestBody RecordSharing.IncidentShare share) {
        return records.shareIncident(Actors.current(), incidentId, share);
    }

    @GetMapping("/api/v1/sharing/patterns/check")
    Map<String, Object> check(@RequestParam String pattern) {
        StixPattern.Result result = StixPattern.check(pattern);
        return result.problem().<Map<String, Object>>map(p -> Map.of("valid", false, "position", p.position(),
                "code", p.code().name(), "message", p.toString()))
                .orElseGet(() -> Map.of("valid", true, "objectTypes", result.objectTypes().stream().sorted().toList()));
    }
}
