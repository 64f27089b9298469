package org.ciip.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.sharing.stix.Check;
import org.ciip.sharing.stix.StixCodec;
import org.ciip.sharing.stix.StixDocument;
import org.ciip.sharing.stix.StixObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Adds objects to a collection, each on its own merits: an object is stored when it is valid STIX 2.1, carries one TLP
 * marking, names recipients CIIP knows where its marking needs them, and is not a new version of another
 * organization's object; otherwise it is refused with the reason, and the others still go in. Runs in the caller's
 * transaction, serialized per collection, and records the status of the add and its event.
 */
@Component
class Ingest {

    /** The custom property naming the recipients of a TLP:AMBER+STRICT or TLP:RED object, as identity references. */
    static final String RECIPIENTS = "x_ciip_recipient_refs";

    private final CollectionRecords collections;
    private final ObjectStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ingest(CollectionRecords collections, ObjectStore store, ApplicationEventPublisher events, Clock clock) {
        this.collections = collections;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    private record Candidate(int index, StixDocument document, Tlp tlp, List<UUID> recipients) {
    }

    AddStatus add(Actor actor, ObjectStore.Reader reader, List<JsonNode> objects) {
        Instant requested = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant dateAdded = collections.lockForAdd(reader.collectionId(), requested);
        AddStatus.Outcome[] outcomes = new AddStatus.Outcome[objects.size()];
        boolean[] accepted = new boolean[objects.size()];
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            StixCodec.Read read = StixCodec.read(objects.get(i));
            if (!read.accepted()) {
                outcomes[i] = new AddStatus.Outcome(read.id(), version(objects.get(i)), read.reasons());
                continue;
            }
            StixObject object = read.document().object();
            if (object.type().equals("marking-definition") && Tlp.isTlpMarking(object.id())) {
                outcomes[i] = new AddStatus.Outcome(object.id(), object.version(), "a TLP marking CIIP knows");
                accepted[i] = true;
                continue;
            }
            Optional<Tlp> tlp;
            try {
                tlp = Tlp.among(object.objectMarkingRefs());
            } catch (IllegalArgumentException e) {
                outcomes[i] = new AddStatus.Outcome(object.id(), object.version(), "object_marking_refs: " + e.getMessage());
                continue;
            }
            if (tlp.isEmpty() && !object.type().equals("marking-definition")) {
                outcomes[i] = new AddStatus.Outcome(object.id(), object.version(), "object_marking_refs: must name one"
                        + " TLP 2.0 marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED)");
                continue;
            }
            Optional<List<UUID>> recipients = recipients(read.document());
            if (recipients.isEmpty()) {
                outcomes[i] = new AddStatus.Outcome(object.id(), object.version(),
                        RECIPIENTS + ": must be a list of identity references");
                continue;
            }
            candidates.add(new Candidate(i, read.document(), tlp.orElse(Tlp.CLEAR), recipients.get()));
        }
        Map<String, UUID> owners = store.owners(reader.collectionId(),
                candidates.stream().map(c -> c.document().object().id()).distinct().toList());
        List<Candidate> storable = resolve(candidates, outcomes, reader, owners);
        List<ObjectStore.NewVersion> versions = new ArrayList<>();
        for (Candidate c : storable) {
            versions.add(version(c, dateAdded, recipientsOf(c, true), recipientsOf(c, false)));
        }
        boolean[] inserted = store.insert(reader.collectionId(), dateAdded, reader.organizationId(),
                reader.accountId(), versions, owners.keySet());
        int added = 0;
        int sightings = 0;
        for (int k = 0; k < storable.size(); k++) {
            Candidate c = storable.get(k);
            StixObject object = c.document().object();
            accepted[c.index()] = true;
            outcomes[c.index()] = new AddStatus.Outcome(object.id(),
                    object.version() != null ? object.version() : ThreatExchange.timestamp(dateAdded),
                    inserted[k] ? null : "this version was already in the collection");
            added += inserted[k] ? 1 : 0;
            sightings += inserted[k] && object.type().equals("sighting") ? 1 : 0;
        }
        collections.counted(reader.collectionId(), added);
        List<AddStatus.Outcome> successes = new ArrayList<>();
        List<AddStatus.Outcome> failures = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            (accepted[i] ? successes : failures).add(outcomes[i]);
        }
        AddStatus status = new AddStatus(UUID.randomUUID(), reader.collectionId(), requested,
                clock.instant().truncatedTo(ChronoUnit.MICROS), objects.size(), successes.size(), failures.size(),
                successes, failures);
        store.saveStatus(status, reader.organizationId(), reader.accountId(), StixCodec.MAPPER.writeValueAsString(
                successes), StixCodec.MAPPER.writeValueAsString(failures));
        events.publishEvent(new ObjectsAdded(reader.collectionId(), status.id(), actor.organizationId(), added,
                failures.size(), sightings, reader.runBy(), reader.collectionTitle()));
        return status;
    }

    /** Keeps the candidates whose recipients CIIP knows and whose id is not another organization's. */
    private List<Candidate> resolve(List<Candidate> candidates, AddStatus.Outcome[] outcomes,
            ObjectStore.Reader reader, Map<String, UUID> owners) {
        Set<UUID> named = new HashSet<>();
        candidates.forEach(c -> named.addAll(c.recipients()));
        candidates.forEach(c -> identityUuid(c.document().object()).ifPresent(named::add));
        Map<UUID, String> organizations = collections.organizations(named);
        Map<UUID, UUID> people = collections.people(named);
        List<Candidate> storable = new ArrayList<>();
        for (Candidate c : candidates) {
            StixObject object = c.document().object();
            String problem = null;
            UUID owner = owners.get(object.id());
            if (owner != null && !owner.equals(reader.organizationId())) {
                problem = "id: another organization shared this object; only it adds versions of it";
            }
            UUID identity = identityUuid(object).orElse(null);
            if (identity != null && (organizations.containsKey(identity) && !identity.equals(reader.organizationId())
                    || people.containsKey(identity) && !people.get(identity).equals(reader.organizationId()))) {
                problem = "id: this is the identity of another organization or its people in CIIP";
            }
            for (int r = 0; problem == null && r < c.recipients().size(); r++) {
                UUID id = c.recipients().get(r);
                if (!organizations.containsKey(id) && !people.containsKey(id)) {
                    problem = RECIPIENTS + "[" + r + "]: names no organization or person in CIIP";
                } else if (c.tlp() == Tlp.RED && organizations.containsKey(id)) {
                    problem = RECIPIENTS + "[" + r + "]: TLP:RED names people (identity_class individual), not"
                            + " organizations";
                }
            }
            if (problem != null) {
                outcomes[c.index()] = new AddStatus.Outcome(object.id(), object.version(), problem);
            } else {
                storable.add(new Candidate(c.index(), c.document(), c.tlp(), c.recipients().stream()
                        .map(id -> people.containsKey(id) && c.tlp() == Tlp.AMBER_STRICT ? people.get(id) : id)
                        .toList()));
            }
        }
        return storable;
    }

    /** The UUID of an identity object's id (CIIP's organizations and people are identity--their id). */
    private static Optional<UUID> identityUuid(StixObject object) {
        if (!object.type().equals("identity")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(object.id().substring("identity--".length())));
    }

    private static UUID[] recipientsOf(Candidate c, boolean organizations) {
        if (!c.tlp().namesRecipients() || (c.tlp() == Tlp.RED) == organizations) {
            return new UUID[0];
        }
        return c.recipients().stream().distinct().toArray(UUID[]::new);
    }

    private static ObjectStore.NewVersion version(Candidate c, Instant dateAdded, UUID[] orgs, UUID[] accounts) {
        StixObject object = c.document().object();
        JsonNode json = c.document().json();
        Instant version = object.version() == null ? dateAdded : Check.parse(object.version());
        String source = text(json, "source_ref");
        String target = text(json, "target_ref");
        if (object.type().equals("sighting")) {
            target = text(json, "sighting_of_ref");
            source = json.path("where_sighted_refs").path(0).isString()
                    ? json.path("where_sighted_refs").path(0).asString() : null;
        }
        StringBuilder search = new StringBuilder(object.id());
        for (String property : List.of("name", "description", "pattern", "value", "content", "abstract",
                "explanation", "relationship_type", "context", "opinion")) {
            String value = text(json, property);
            if (value != null) {
                search.append(' ').append(value.length() > 2000 ? value.substring(0, 2000) : value);
            }
        }
        String spec = text(json, "spec_version");
        return new ObjectStore.NewVersion(object.id(), object.type(), version, spec == null ? "2.1" : spec,
                c.tlp(), orgs, accounts, source, target, search.toString(), json.toString());
    }

    /** The identities named as recipients: empty list when none, empty optional when the property is malformed. */
    private static Optional<List<UUID>> recipients(StixDocument document) {
        JsonNode refs = document.customProperties().get(RECIPIENTS);
        if (refs == null) {
            return Optional.of(List.of());
        }
        if (!refs.isArray() || refs.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode ref : refs) {
            String text = ref.isString() ? ref.asString() : "";
            if (!text.startsWith("identity--")) {
                return Optional.empty();
            }
            try {
                ids.add(UUID.fromString(text.substring("identity--".length())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    private static String version(JsonNode node) {
        return text(node, "modified") != null ? text(node, "modified") : text(node, "created");
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        return value != null && value.isString() ? value.asString() : null;
    }
}
