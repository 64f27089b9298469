package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes STIX 2.1 objects as JSON (part 3.1 of the specification: property names in snake case, no null
 * values, custom properties kept as they came). Reading checks every MUST the object's record knows; a refusal names
 * the property.
 */
public final class StixCodec {

    /** The mapper STIX objects are read and written with; also for bundles and envelopes. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    /** The types CIIP reads, by their STIX name. */
    public static final Map<String, Class<? extends StixObject>> TYPES = types();

    private static Map<String, Class<? extends StixObject>> types() {
        Map<String, Class<? extends StixObject>> types = new LinkedHashMap<>();
        types.put("attack-pattern", DomainObjects.AttackPattern.class);
        types.put("campaign", DomainObjects.Campaign.class);
        types.put("course-of-action", DomainObjects.CourseOfAction.class);
        types.put("grouping", DomainObjects.Grouping.class);
        types.put("identity", DomainObjects.Identity.class);
        types.put("incident", DomainObjects.Incident.class);
        types.put("indicator", DomainObjects.Indicator.class);
        types.put("infrastructure", DomainObjects.Infrastructure.class);
        types.put("intrusion-set", DomainObjects.IntrusionSet.class);
        types.put("location", DomainObjects.Location.class);
        types.put("malware", DomainObjects.Malware.class);
        types.put("malware-analysis", DomainObjects.MalwareAnalysis.class);
        types.put("note", DomainObjects.Note.class);
        types.put("observed-data", DomainObjects.ObservedData.class);
        types.put("opinion", DomainObjects.Opinion.class);
        types.put("report", DomainObjects.Report.class);
        types.put("threat-actor", DomainObjects.ThreatActor.class);
        types.put("tool", DomainObjects.Tool.class);
        types.put("vulnerability", DomainObjects.Vulnerability.class);
        types.put("relationship", DomainObjects.Relationship.class);
        types.put("sighting", DomainObjects.Sighting.class);
        types.put("ipv4-addr", Observables.Ipv4Address.class);
        types.put("ipv6-addr", Observables.Ipv6Address.class);
        types.put("domain-name", Observables.DomainName.class);
        types.put("url", Observables.Url.class);
        types.put("file", Observables.File.class);
        types.put("email-addr", Observables.EmailAddress.class);
        types.put("network-traffic", Observables.NetworkTraffic.class);
        types.put("software", Observables.Software.class);
        types.put("x509-certificate", Observables.X509Certificate.class);
        types.put("marking-definition", MarkingDefinition.class);
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The types of the domain objects, for filters. */
    public static final Set<String> RELATIONSHIP_TYPES = Set.of("relationship", "sighting");

    private StixCodec() {
    }

    /** An object read, or the reasons it was refused (and its id, where it had a readable one). */
    public record Read(StixDocument document, String id, List<Check.Violation> violations) {

        public boolean accepted() {
            return document != null;
        }

        public String reasons() {
            return String.join("; ", violations.stream().map(Check.Violation::toString).toList());
        }
    }

    public static Read read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return refused(null, "", "must be a JSON object");
        }
        String id = node.path("id").isString() ? node.get("id").asString() : null;
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isString()) {
            return refused(id, "type", "is required");
        }
        Class<? extends StixObject> type = TYPES.get(typeNode.asString());
        if (type == null) {
            return refused(id, "type", "'" + typeNode.asString() + "' is not a STIX 2.1 type CIIP accepts");
        }
        List<Check.Violation> nulls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (property.getValue().isNull()) {
                nulls.add(new Check.Violation(property.getKey(), "must not be null; leave it out"));
            }
        }
        if (!nulls.isEmpty()) {
            return new Read(null, id, nulls);
        }
        StixObject object;
        try {
            object = MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            return refused(id, path(e), "has the wrong type of value");
        }
        Check check = new Check();
        object.check(check);
        JsonNode known = MAPPER.valueToTree(object);
        Map<String, JsonNode> custom = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.has(property.getKey())) {
                if (!Check.PROPERTY_NAME.matcher(property.getKey()).matches()) {
                    check.fail(property.getKey(), "is not a property of " + typeNode.asString()
                            + ", and custom property names are 3-250 of a-z, 0-9 and _");
                }
                custom.put(property.getKey(), property.getValue());
            }
        }
        return check.passed() ? new Read(new StixDocument(object, custom), id, List.of())
                : new Read(null, id, check.violations());
    }

    public static ObjectNode write(StixDocument document) {
        ObjectNode json = MAPPER.valueToTree(document.object());
        document.customProperties().forEach(json::set);
        return json;
    }

    private static Read refused(String id, String property, String message) {
        return new Read(null, id, List.of(new Check.Violation(property, message)));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
