package org.ciip.sharing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.sharing.stix.Check;
import org.ciip.sharing.stix.StixCodec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Threat information sharing (Art. 23), the module's public API for objects: add STIX objects to a collection (a TAXII
 * envelope or a STIX bundle), and read them back as TAXII 2.1 reads them (pages, versions, the manifest, the status of
 * an add). A collection the caller does not read answers 404; every object read follows its TLP 2.0 marking.
 */
@Service
public class ThreatExchange {

    /** TAXII timestamps: UTC, to the microsecond. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final CollectionRecords collections;
    private final ObjectStore store;
    private final Ingest ingest;

    ThreatExchange(CollectionRecords collections, ObjectStore store, Ingest ingest) {
        this.collections = collections;
        this.store = store;
        this.ingest = ingest;
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Adds the objects of a TAXII envelope ({@code {"objects": [...]}}) or a STIX bundle to a collection. */
    @Transactional
    public AddStatus add(Actor actor, UUID collectionId, JsonNode body) {
        ObjectStore.Reader reader = writer(actor, collectionId);
        return ingest.add(actor, reader, objectsOf(body));
    }

    /** The objects of an envelope or bundle; a body that is neither is refused whole. */
    public static List<JsonNode> objectsOf(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("objects", "send a TAXII envelope {\"objects\": [...]} or a STIX bundle");
        }
        if (body.has("type") && !"bundle".equals(body.path("type").asString(""))) {
            throw ApiException.invalid("type", "a bundle's type is bundle; to add one object, put it in a bundle");
        }
        if (body.has("type") && !body.path("id").asString("").matches("^bundle--[0-9a-f-]{36}$")) {
            throw ApiException.invalid("id", "a bundle's id is bundle--UUID");
        }
        JsonNode objects = body.get("objects");
        if (objects == null || !objects.isArray()) {
            throw ApiException.invalid("objects", "is required: a list of STIX objects");
        }
        List<JsonNode> list = new ArrayList<>(objects.size());
        objects.forEach(list::add);
        return list;
    }

    /** An indicator as a person writes it on the form: its pattern checked, its marking and recipients named. */
    public record IndicatorSubmission(String name, String description, String pattern, List<String> indicatorTypes,
            Instant validFrom, Instant validUntil, String tlp, List<String> recipients) {
    }

    /** Adds one indicator from the form; refusals come back naming the form's fields. */
    @Transactional
    public AddStatus submitIndicator(Actor actor, UUID collectionId, IndicatorSubmission s, Instant now) {
        ObjectStore.Reader reader = writer(actor, collectionId);
        List<org.ciip.shared.api.FieldProblem> problems = new ArrayList<>();
        Tlp tlp = null;
        try {
            tlp = Tlp.parse(s.tlp() == null ? "" : s.tlp());
        } catch (IllegalArgumentException e) {
            problems.add(new org.ciip.shared.api.FieldProblem("tlp", "Choose a TLP marking"));
        }
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            problems.add(new org.ciip.shared.api.FieldProblem("name", "Required, at most 200 characters"));
        }
        if (s.pattern() == null || s.pattern().isBlank()) {
            problems.add(new org.ciip.shared.api.FieldProblem("pattern", "Type a pattern.", null,
                    "sharing.pattern.empty", List.of()));
        } else {
            org.ciip.sharing.stix.pattern.StixPattern.check(s.pattern().strip()).problem()
                    .ifPresent(p -> problems.add(patternProblem("pattern", p)));
        }
        List<String> recipients = s.recipients() == null ? List.of()
                : s.recipients().stream().filter(r -> r != null && !r.isBlank()).toList();
        if (tlp != null && tlp.namesRecipients() && recipients.isEmpty()) {
            problems.add(new org.ciip.shared.api.FieldProblem("recipients", tlp == Tlp.RED
                    ? "Name the people who may read it" : "Name the organizations that may read it"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String created = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC).format(now);
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("type", "indicator");
        indicator.put("spec_version", "2.1");
        indicator.put("id", "indicator--" + UUID.randomUUID());
        indicator.put("created_by_ref", "identity--" + actor.organizationId());
        indicator.put("created", created);
        indicator.put("modified", created);
        indicator.put("name", s.name().strip());
        if (s.description() != null && !s.description().isBlank()) {
            indicator.put("description", s.description().strip());
        }
        if (s.indicatorTypes() != null && !s.indicatorTypes().isEmpty()) {
            indicator.put("indicator_types", s.indicatorTypes());
        }
        indicator.put("pattern", s.pattern().strip());
        indicator.put("pattern_type", "stix");
        indicator.put("pattern_version", "2.1");
        indicator.put("valid_from", s.validFrom() == null ? created : ThreatExchange.timestamp(s.validFrom()));
        if (s.validUntil() != null) {
            indicator.put("valid_until", ThreatExchange.timestamp(s.validUntil()));
        }
        indicator.put("object_marking_refs", List.of(tlp.markingId()));
        if (tlp.namesRecipients()) {
            indicator.put(Ingest.RECIPIENTS, recipients);
        }
        AddStatus status = ingest.add(actor, reader, List.of(StixCodec.MAPPER.valueToTree(indicator)));
        if (status.failureCount() > 0) {
            List<org.ciip.shared.api.FieldProblem> refused = new ArrayList<>();
            for (String reason : status.failures().getFirst().message().split("; ")) {
                String property = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : "pattern";
                String field = switch (property.replaceAll("\\[.*", "")) {
                    case "valid_until", "valid_from" -> "validUntil";
                    case Ingest.RECIPIENTS -> "recipients";
                    case "name", "description" -> property;
                    default -> "pattern";
                };
                refused.add(new org.ciip.shared.api.FieldProblem(field,
                        reason.substring(reason.indexOf(':') + 1).strip()));
            }
            throw ApiException.invalid(refused);
        }
        return status;
    }

    /** A pattern that does not parse, as a problem of the field, worded in the reader's language on the pages. */
    static org.ciip.shared.api.FieldProblem patternProblem(String field,
            org.ciip.sharing.stix.pattern.PatternProblem problem) {
        return new org.ciip.shared.api.FieldProblem(field, problem.toString(), null,
                "sharing.pattern." + problem.code(), List.of(problem.position(), problem.detail()));
    }

    /** A page of a collection's objects the caller may read. */
    @Transactional(readOnly = true)
    public ObjectPage objects(Actor actor, UUID collectionId, ObjectQuery query) {
        checkVersions(query.versions());
        return store.page(reader(actor, collectionId), query);
    }

    /** The versions of one object the caller may read, by {@code match[version]} (the latest by default). */
    @Transactional(readOnly = true)
    public ObjectPage object(Actor actor, UUID collectionId, String stixId, ObjectQuery query) {
        checkVersions(query.versions());
        ObjectPage page = store.page(reader(actor, collectionId), withId(query, stixId));
        if (page.objects().isEmpty() && query.next() == null) {
            throw ApiException.notFound("object");
        }
        return page;
    }

    /** Every version of one object the caller may read, oldest first. */
    @Transactional(readOnly = true)
    public ObjectPage versions(Actor actor, UUID collectionId, String stixId, ObjectQuery query) {
        ObjectQuery all = new ObjectQuery(query.addedAfter(), query.limit(), query.next(), List.of(stixId),
                List.of(), List.of("all"), query.specVersions(), null, null, null, false);
        ObjectPage page = store.page(reader(actor, collectionId), all);
        if (page.objects().isEmpty() && query.next() == null) {
            throw ApiException.notFound("object");
        }
        return page;
    }

    /** The status of an add the caller's organization made; another's answers 404. */
    @Transactional(readOnly = true)
    public AddStatus status(Actor actor, UUID statusId) {
        ObjectStore.StatusRow row = store.status(statusId, actor.organizationId())
                .orElseThrow(() -> ApiException.notFound("status"));
        return new AddStatus(row.id(), row.collectionId(), row.requestedAt(), row.completedAt(), row.total(),
                row.success(), row.failure(), outcomes(row.successes()), outcomes(row.failures()));
    }

    /** An object for its page: its versions, and the relationships and sightings around it, all as the reader may see. */
    public record ObjectDetail(List<SharedObject> versions, List<SharedObject> relationships,
            List<SharedObject> neighbours) {
    }

    @Transactional(readOnly = true)
    public ObjectDetail detail(Actor actor, UUID collectionId, String stixId) {
        ObjectStore.Reader reader = reader(actor, collectionId);
        ObjectPage versions = store.page(reader, new ObjectQuery(null, ObjectQuery.MAX_LIMIT, null, List.of(stixId),
                List.of(), List.of("all"), List.of(), null, null, null, true));
        if (versions.objects().isEmpty()) {
            throw ApiException.notFound("object");
        }
        List<SharedObject> relationships = store.relationshipsOf(reader, stixId);
        Set<String> ends = new LinkedHashSet<>();
        for (SharedObject relationship : relationships) {
            ObjectNode json = (ObjectNode) StixCodec.MAPPER.readTree(relationship.json());
            for (String property : List.of("source_ref", "target_ref", "sighting_of_ref")) {
                if (json.path(property).isString()) {
                    ends.add(json.get(property).asString());
                }
            }
            json.path("where_sighted_refs").forEach(ref -> ends.add(ref.asString()));
        }
        ends.remove(stixId);
        return new ObjectDetail(versions.objects(), relationships, store.latest(reader, ends));
    }

    ObjectStore.Reader reader(Actor actor, UUID collectionId) {
        CollectionView collection = actor.organizationId() == null ? null
                : collections.find(collectionId, actor.organizationId()).orElse(null);
        if (collection == null) {
            throw ApiException.notFound("collection");
        }
        return new ObjectStore.Reader(collectionId, actor.organizationId(), actor.accountId(), collection.tier(),
                collection.canWrite() && actor.canWrite(), collection.runBy(), collection.titleEn() + " · "
                        + collection.title());
    }

    ObjectStore.Reader writer(Actor actor, UUID collectionId) {
        ObjectStore.Reader reader = reader(actor, collectionId);
        if (!reader.canWrite()) {
            throw ApiException.forbidden("You may read this collection but not add to it");
        }
        return reader;
    }

    CollectionView collectionView(Actor actor, UUID collectionId) {
        return collections.find(collectionId, actor.organizationId())
                .orElseThrow(() -> ApiException.notFound("collection"));
    }

    private static ObjectQuery withId(ObjectQuery q, String stixId) {
        return new ObjectQuery(q.addedAfter(), q.limit(), q.next(), List.of(stixId), List.of(), q.versions(),
                q.specVersions(), null, null, null, false);
    }

    private static void checkVersions(List<String> versions) {
        for (String version : versions) {
            if (!List.of("last", "first", "all").contains(version) && Check.parse(version) == null) {
                throw ApiException.invalid("match[version]", "is last, first, all or a timestamp, not " + version);
            }
        }
    }

    private static List<AddStatus.Outcome> outcomes(String json) {
        return List.of(StixCodec.MAPPER.readValue(json, AddStatus.Outcome[].class));
    }
}
