package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.ciip.sharing.stix.StixTypes.KillChainPhase;

/** The STIX 2.1 domain objects (part 4), each with the properties the specification defines for it. */
public final class DomainObjects {

    private DomainObjects() {
    }

    /** A domain or relationship object: its version is its {@code modified}. */
    public interface Domain extends WithCommon {

        @Override
        Common common();

        @Override
        default String version() {
            return common().modified();
        }
    }

    public static final List<String> OPINIONS = List.of("strongly-disagree", "disagree", "neutral", "agree",
            "strongly-agree");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttackPattern(@JsonUnwrapped Common common, String name, String description, List<String> aliases,
            List<KillChainPhase> killChainPhases) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("aliases", aliases).kill("kill_chain_phases", killChainPhases);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Campaign(@JsonUnwrapped Common common, String name, String description, List<String> aliases,
            String firstSeen, String lastSeen, String objective) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("aliases", aliases).timestamp("first_seen", firstSeen)
                    .timestamp("last_seen", lastSeen).notBefore("last_seen", lastSeen, "first_seen", firstSeen);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CourseOfAction(@JsonUnwrapped Common common, String name, String description) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grouping(@JsonUnwrapped Common common, String name, String description, String context,
            List<String> objectRefs) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("context", context).requiredList("object_refs", objectRefs);
            c.refs("object_refs", objectRefs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identity(@JsonUnwrapped Common common, String name, String description, List<String> roles,
            String identityClass, List<String> sectors, String contactInformation) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("roles", roles).list("sectors", sectors);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Incident(@JsonUnwrapped Common common, String name, String description,
            List<KillChainPhase> killChainPhases) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).kill("kill_chain_phases", killChainPhases);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(@JsonUnwrapped Common common, String name, String description,
            List<String> indicatorTypes, String pattern, String patternType, String patternVersion, String validFrom,
            String validUntil, List<KillChainPhase> killChainPhases) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("pattern", pattern).required("pattern_type", patternType).required("valid_from", validFrom)
                    .list("indicator_types", indicatorTypes).timestamp("valid_from", validFrom)
                    .timestamp("valid_until", validUntil).after("valid_until", validUntil, "valid_from", validFrom)
                    .kill("kill_chain_phases", killChainPhases).stixPattern("pattern", pattern, patternType);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Infrastructure(@JsonUnwrapped Common common, String name, String description,
            List<String> infrastructureTypes, List<String> aliases, List<KillChainPhase> killChainPhases,
            String firstSeen, String lastSeen) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("infrastructure_types", infrastructureTypes).list("aliases", aliases)
                    .kill("kill_chain_phases", killChainPhases).timestamp("first_seen", firstSeen)
                    .timestamp("last_seen", lastSeen).after("last_seen", lastSeen, "first_seen", firstSeen);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntrusionSet(@JsonUnwrapped Common common, String name, String description, List<String> aliases,
            String firstSeen, String lastSeen, List<String> goals, String resourceLevel, String primaryMotivation,
            List<String> secondaryMotivations) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("aliases", aliases).list("goals", goals)
                    .list("secondary_motivations", secondaryMotivations).timestamp("first_seen", firstSeen)
                    .timestamp("last_seen", lastSeen).notBefore("last_seen", lastSeen, "first_seen", firstSeen);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(@JsonUnwrapped Common common, String name, String description, Double latitude,
            Double longitude, Double precision, String region, String country, String administrativeArea,
            String city, String streetAddress, String postalCode) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.range("latitude", latitude, -90, 90).range("longitude", longitude, -180, 180);
            if ((latitude == null) != (longitude == null)) {
                c.fail("latitude", "latitude and longitude go together");
            }
            if (precision != null && latitude == null) {
                c.fail("precision", "needs latitude and longitude");
            }
            c.atLeastOne("region, country, latitude", region, country, latitude);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Malware(@JsonUnwrapped Common common, String name, String description, List<String> malwareTypes,
            Boolean isFamily, List<String> aliases, List<KillChainPhase> killChainPhases, String firstSeen,
            String lastSeen, List<String> operatingSystemRefs, List<String> architectureExecutionEnvs,
            List<String> implementationLanguages, List<String> capabilities, List<String> sampleRefs)
            implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("is_family", isFamily).list("malware_types", malwareTypes).list("aliases", aliases)
                    .kill("kill_chain_phases", killChainPhases).timestamp("first_seen", firstSeen)
                    .timestamp("last_seen", lastSeen).notBefore("last_seen", lastSeen, "first_seen", firstSeen)
                    .refs("operating_system_refs", operatingSystemRefs, "software")
                    .list("architecture_execution_envs", architectureExecutionEnvs)
                    .list("implementation_languages", implementationLanguages).list("capabilities", capabilities)
                    .refs("sample_refs", sampleRefs, "file", "artifact");
            if (Boolean.TRUE.equals(isFamily)) {
                c.required("name", name);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MalwareAnalysis(@JsonUnwrapped Common common, String product,
            @JsonProperty("version") String productVersion,
            String hostVmRef, String operatingSystemRef, List<String> installedSoftwareRefs,
            String configurationVersion, List<String> modules, String analysisEngineVersion,
            String analysisDefinitionVersion, String submitted, String analysisStarted, String analysisEnded,
            String resultName, String result, List<String> analysisScoRefs, String sampleRef) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("product", product).ref("host_vm_ref", hostVmRef, "software")
                    .ref("operating_system_ref", operatingSystemRef, "software")
                    .refs("installed_software_refs", installedSoftwareRefs, "software").list("modules", modules)
                    .timestamp("submitted", submitted).timestamp("analysis_started", analysisStarted)
                    .timestamp("analysis_ended", analysisEnded)
                    .notBefore("analysis_ended", analysisEnded, "analysis_started", analysisStarted)
                    .refs("analysis_sco_refs", analysisScoRefs).ref("sample_ref", sampleRef, "file",
                            "network-traffic", "artifact")
                    .atLeastOne("result, analysis_sco_refs", result, analysisScoRefs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Note(@JsonUnwrapped Common common, @JsonProperty("abstract") String summary, String content, List<String> authors,
            List<String> objectRefs) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("content", content).list("authors", authors).requiredList("object_refs", objectRefs)
                    .refs("object_refs", objectRefs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObservedData(@JsonUnwrapped Common common, String firstObserved, String lastObserved,
            Integer numberObserved, Map<String, Object> objects, List<String> objectRefs) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("first_observed", firstObserved).required("last_observed", lastObserved)
                    .required("number_observed", numberObserved).timestamp("first_observed", firstObserved)
                    .timestamp("last_observed", lastObserved)
                    .notBefore("last_observed", lastObserved, "first_observed", firstObserved)
                    .range("number_observed", numberObserved, 1, 999_999_999).refs("object_refs", objectRefs);
            if ((objects == null) == (objectRefs == null)) {
                c.fail("object_refs", "exactly one of objects and object_refs is required");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Opinion(@JsonUnwrapped Common common, String explanation, List<String> authors, String opinion,
            List<String> objectRefs) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("opinion", opinion).oneOf("opinion", opinion, OPINIONS).list("authors", authors)
                    .requiredList("object_refs", objectRefs).refs("object_refs", objectRefs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(@JsonUnwrapped Common common, String name, String description, List<String> reportTypes,
            String published, List<String> objectRefs) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).required("published", published).timestamp("published", published)
                    .list("report_types", reportTypes).requiredList("object_refs", objectRefs)
                    .refs("object_refs", objectRefs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThreatActor(@JsonUnwrapped Common common, String name, String description,
            List<String> threatActorTypes, List<String> aliases, String firstSeen, String lastSeen,
            List<String> roles, List<String> goals, String sophistication, String resourceLevel,
            String primaryMotivation, List<String> secondaryMotivations, List<String> personalMotivations)
            implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("threat_actor_types", threatActorTypes).list("aliases", aliases)
                    .list("roles", roles).list("goals", goals).list("secondary_motivations", secondaryMotivations)
                    .list("personal_motivations", personalMotivations).timestamp("first_seen", firstSeen)
                    .timestamp("last_seen", lastSeen).notBefore("last_seen", lastSeen, "first_seen", firstSeen);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tool(@JsonUnwrapped Common common, String name, String description, List<String> toolTypes,
            List<String> aliases, List<KillChainPhase> killChainPhases, String toolVersion) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name).list("tool_types", toolTypes).list("aliases", aliases)
                    .kill("kill_chain_phases", killChainPhases);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vulnerability(@JsonUnwrapped Common common, String name, String description) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("name", name);
        }
    }

    /** The relationship object (part 5.1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relationship(@JsonUnwrapped Common common, String relationshipType, String description,
            String sourceRef, String targetRef, String startTime, String stopTime) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("relationship_type", relationshipType).required("source_ref", sourceRef)
                    .required("target_ref", targetRef).ref("source_ref", sourceRef).ref("target_ref", targetRef)
                    .timestamp("start_time", startTime).timestamp("stop_time", stopTime)
                    .after("stop_time", stopTime, "start_time", startTime);
            if (relationshipType != null && !relationshipType.matches("^[a-z0-9-]{3,250}$")) {
                c.fail("relationship_type", "must be 3-250 lower-case letters, digits and hyphens");
            }
        }
    }

    /** The sighting object (part 5.2). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sighting(@JsonUnwrapped Common common, String description, String firstSeen, String lastSeen,
            Integer count, String sightingOfRef, List<String> observedDataRefs, List<String> whereSightedRefs,
            Boolean summary) implements Domain {

        @Override
        public void checkOwn(Check c) {
            c.required("sighting_of_ref", sightingOfRef).ref("sighting_of_ref", sightingOfRef)
                    .refs("observed_data_refs", observedDataRefs, "observed-data")
                    .refs("where_sighted_refs", whereSightedRefs, "identity", "location")
                    .timestamp("first_seen", firstSeen).timestamp("last_seen", lastSeen)
                    .notBefore("last_seen", lastSeen, "first_seen", firstSeen).range("count", count, 0, 999_999_999);
            if (sightingOfRef != null && sightingOfRef.matches("^(relationship|sighting)--.*")) {
                c.fail("sighting_of_ref", "must refer to a domain object, not " + sightingOfRef.split("--")[0]);
            }
        }
    }
}
