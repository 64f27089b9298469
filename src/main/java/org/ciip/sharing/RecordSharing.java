package org.ciip.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentView;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.sharing.stix.StixCodec;
import org.ciip.sharing.stix.pattern.StixPattern;
import org.ciip.supervision.EarlyWarnings;
import org.ciip.supervision.WarningView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * CIIP's own records shared as STIX (Art. 23): an early warning published by its issuer as a bundle (its issuer's
 * identity, a vulnerability per identifier, the indicators the issuer gives, the course of action, their relationships
 * and a report that groups them), and an incident shared by its operator as a STIX incident or report, under the
 * identity of its sector unless it consents to be named. Every share is audited.
 */
@Service
public class RecordSharing {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ThreatExchange exchange;
    private final Ingest ingest;
    private final ObjectStore store;
    private final EarlyWarnings warnings;
    private final IncidentReporting incidents;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordSharing(ThreatExchange exchange, Ingest ingest, ObjectStore store, EarlyWarnings warnings, IncidentReporting incidents,
            Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.exchange = exchange;
        this.ingest = ingest;
        this.store = store;
        this.warnings = warnings;
        this.incidents = incidents;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** A warning to publish: under which marking, with which indicators (STIX patterns, each checked). */
    public record WarningShare(UUID collectionId, String tlp, List<String> patterns) {
    }

    /** An incident to share: as an {@code INCIDENT} or a {@code REPORT}, named or under its sector's identity. */
    public record IncidentShare(UUID collectionId, String tlp, String as, Boolean named, String name,
            String description) {

        public boolean consentsToBeNamed() {
            return Boolean.TRUE.equals(named);
        }
    }

    /** What was shared: the status of the add and the bundle as it went in. */
    public record Shared(AddStatus status, JsonNode bundle) {
    }

    @Transactional
    public Shared publishWarning(Actor actor, UUID warningId, WarningShare share) {
        WarningView warning = warnings.find(actor, warningId);
        if (!warning.issuerId().equals(actor.organizationId())) {
            throw ApiException.forbidden("Only the issuer of a warning publishes it");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Tlp tlp = tlp(share.tlp(), problems);
        List<String> patterns = share.patterns() == null ? List.of()
                : share.patterns().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        for (int i = 0; i < patterns.size(); i++) {
            int line = i;
            StixPattern.check(patterns.get(i)).problem()
                    .ifPresent(p -> problems.add(ThreatExchange.patternProblem("patterns", p).atLine(line + 1)));
        }
        if (tlp != null && tlp.namesRecipients()) {
            problems.add(new FieldProblem("tlp", "A warning goes to the whole collection: choose TLP:CLEAR, GREEN or"
                    + " AMBER"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String now = MILLIS.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<String> marking = List.of(tlp.markingId());
        String issuer = "identity--" + warning.issuerId();
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.add(tlp.markingDefinition());
        objects.add(sdo("identity", issuer, now, marking, null, Map.of("name", warning.issuerName(),
                "identity_class", "organization")));
        List<String> vulnerabilities = new ArrayList<>();
        List<String> identifiers = warning.identifiers() == null || warning.identifiers().isEmpty()
                ? List.of(warning.title(true)) : warning.identifiers();
        for (String identifier : identifiers) {
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("name", identifier);
            own.put("description", description(warning));
            if (identifier.matches("(?i)^CVE-\\d{4}-\\d{4,}$")) {
                own.put("external_references", List.of(Map.of("source_name", "cve", "external_id",
                        identifier.toUpperCase(Locale.ROOT))));
            }
            String id = "vulnerability--" + UUID.randomUUID();
            vulnerabilities.add(id);
            objects.add(sdo("vulnerability", id, now, marking, issuer, own));
        }
        List<String> related = new ArrayList<>(vulnerabilities);
        if (warning.actions() != null && !warning.actions().isBlank()) {
            String action = "course-of-action--" + UUID.randomUUID();
            objects.add(sdo("course-of-action", action, now, marking, issuer, Map.of("name",
                    "Actions for " + warning.title(false), "description", warning.actions())));
            related.add(action);
            vulnerabilities.forEach(v -> objects.add(relationship(action, "mitigates", v, now, marking, issuer)));
        }
        for (String pattern : patterns) {
            String indicator = "indicator--" + UUID.randomUUID();
            objects.add(sdo("indicator", indicator, now, marking, issuer, Map.of("name", warning.title(false),
                    "indicator_types", List.of("malicious-activity"), "pattern", pattern, "pattern_type", "stix",
                    "pattern_version", "2.1", "valid_from", now)));
            related.add(indicator);
            vulnerabilities.forEach(v -> objects.add(relationship(indicator, "related-to", v, now, marking, issuer)));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", warning.title(false));
        report.put("description", description(warning));
        report.put("report_types", List.of("vulnerability", "threat-report"));
        report.put("published", MILLIS.format(warning.issuedAt()));
        report.put("object_refs", related);
        report.put("x_ciip_warning_id", warning.id().toString());
        report.put("x_ciip_warning_level", warning.level().name());
        objects.add(sdo("report", "report--" + UUID.randomUUID(), now, marking, issuer, report));
        Shared shared = store(actor, share.collectionId(), objects);
        events.publishEvent(new WarningPublished(share.collectionId(), warningId, shared.status().id(), tlp,
                shared.status().successCount()));
        return shared;
    }

    @Transactional
    public Shared shareIncident(Actor actor, UUID incidentId, IncidentShare share) {
        IncidentView incident = incidents.find(actor, incidentId);
        if (!incident.operatorId().equals(actor.organizationId())) {
            throw ApiException.notFound("Incident " + incidentId);
        }
        CollectionView collection = exchangeCollection(actor, share.collectionId());
        List<FieldProblem> problems = new ArrayList<>();
        Tlp tlp = tlp(share.tlp(), problems);
        if (tlp != null && tlp.namesRecipients()) {
            problems.add(new FieldProblem("tlp", "Share an incident with the collection: choose TLP:CLEAR, GREEN or"
                    + " AMBER"));
        }
        if (!"INCIDENT".equals(share.as()) && !"REPORT".equals(share.as())) {
            problems.add(new FieldProblem("as", "Share it as INCIDENT or REPORT"));
        }
        if (share.name() == null || share.name().isBlank() || share.name().length() > 200) {
            problems.add(new FieldProblem("name", "Required, at most 200 characters"));
        }
        if (share.description() == null || share.description().isBlank() || share.description().length() > 10_000) {
            problems.add(new FieldProblem("description", "Required, at most 10000 characters: what others should"
                    + " know, without what must stay with you"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        OrganizationSummary operator = organizations.find(incident.operatorId()).orElseThrow();
        String sector = collection.sector() != null ? collection.sector()
                : operator.sectors().isEmpty() ? "UNSPECIFIED" : operator.sectors().getFirst();
        String now = MILLIS.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<String> marking = List.of(tlp.markingId());
        String identity = share.consentsToBeNamed() ? "identity--" + operator.id()
                : "identity--" + UUID.nameUUIDFromBytes(("ciip:sector:" + sector).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> who = share.consentsToBeNamed()
                ? Map.of("name", operator.name(), "identity_class", "organization", "sectors",
                        List.of(sector.toLowerCase(Locale.ROOT)))
                : Map.of("name", "A critical information infrastructure operator of the " + sector + " sector",
                        "identity_class", "class", "sectors", List.of(sector.toLowerCase(Locale.ROOT)));
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.add(tlp.markingDefinition());
        objects.add(sdo("identity", identity, now, marking, null, who));
        String incidentRef = "incident--" + UUID.randomUUID();
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("name", share.name().strip());
        own.put("description", share.description().strip());
        own.put("x_ciip_category", incident.category());
        own.put("x_ciip_grade", incident.grade().name());
        objects.add(sdo("incident", incidentRef, now, marking, identity, own));
        String shared = incidentRef;
        if ("REPORT".equals(share.as())) {
            shared = "report--" + UUID.randomUUID();
            objects.add(sdo("report", shared, now, marking, identity, Map.of("name", share.name().strip(),
                    "description", share.description().strip(), "report_types", List.of("threat-report"),
                    "published", now, "object_refs", List.of(incidentRef, identity))));
        }
        Shared result = store(actor, share.collectionId(), objects);
        events.publishEvent(new IncidentShared(share.collectionId(), incidentId, incident.operatorId(), shared, tlp,
                share.consentsToBeNamed()));
        return result;
    }

    private CollectionView exchangeCollection(Actor actor, UUID collectionId) {
        exchange.writer(actor, collectionId);
        return exchange.collectionView(actor, collectionId);
    }

    /** Adds the objects; a share goes in whole or not at all. */
    private Shared store(Actor actor, UUID collectionId, List<Map<String, Object>> objects) {
        ObjectStore.Reader reader = exchange.writer(actor, collectionId);
        java.util.Set<String> known = store.owners(collectionId, objects.stream()
                .filter(o -> "identity".equals(o.get("type"))).map(o -> (String) o.get("id")).toList()).keySet();
        objects = objects.stream().filter(o -> !known.contains(o.get("id"))).toList();
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.put("objects", objects);
        JsonNode json = StixCodec.MAPPER.valueToTree(bundle);
        AddStatus status = ingest.add(actor, reader, ThreatExchange.objectsOf(json));
        if (status.failureCount() > 0) {
            throw new IllegalStateException("CIIP built an object it refuses: " + status.failures());
        }
        return new Shared(status, json);
    }

    private static Map<String, Object> sdo(String type, String id, String now, List<String> marking, String createdBy,
            Map<String, Object> own) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", type);
        object.put("spec_version", "2.1");
        object.put("id", id);
        if (createdBy != null) {
            object.put("created_by_ref", createdBy);
        }
        object.put("created", now);
        object.put("modified", now);
        object.putAll(own);
        object.put("object_marking_refs", marking);
        return object;
    }

    private static Map<String, Object> relationship(String source, String type, String target, String now,
            List<String> marking, String createdBy) {
        return sdo("relationship", "relationship--" + UUID.randomUUID(), now, marking, createdBy,
                Map.of("relationship_type", type, "source_ref", source, "target_ref", target));
    }

    private static String description(WarningView warning) {
        String zh = warning.descriptionZh();
        String en = warning.descriptionEn();
        String text = en != null && zh != null ? en + "\n\n" + zh : en != null ? en : zh;
        return text == null || text.isBlank() ? warning.title(false) : text;
    }

    private static Tlp tlp(String value, List<FieldProblem> problems) {
        try {
            return Tlp.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("tlp", "Choose TLP:CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
            return null;
        }
    }
}
