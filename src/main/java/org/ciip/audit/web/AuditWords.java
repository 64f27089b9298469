package org.ciip.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as a reader reads it: who did what to which record, in the reader's language. An action and a kind
 * of record are named from the bundles ({@code auditAction.*}, {@code auditObject.*}; an action without a name there
 * reads as its code in words), a record links to its page, and a summary reads as "field: value" lines, a change as
 * "field: before → after".
 */
@Component("auditWords")
public class AuditWords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The page of each kind of record that has one; the page decides whether the reader may see it. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("Incident", "/incidents/"), Map.entry("Asset", "/assets/"),
            Map.entry("Organization", "/organizations/"), Map.entry("ChangeReport", "/identification/change-reports/"),
            Map.entry("IdentificationRule", "/identification/rules/"),
            Map.entry("Identification", "/identification/decisions/"), Map.entry("EarlyWarning", "/warnings/"),
            Map.entry("Inspection", "/inspections/"), Map.entry("TestingAuthorization", "/testing/"),
            Map.entry("EnforcementCase", "/cases/"), Map.entry("SectorDrill", "/drills/"),
            Map.entry("SectorSecurityPlan", "/sector-plans/"), Map.entry("SupportRequest", "/support/"),
            Map.entry("ThreatReport", "/threats/"), Map.entry("Assessment", "/assessments/"),
            Map.entry("SharingCollection", "/sharing/collections/"),
            Map.entry("LiabilityInvestigation", "/accountability/investigations/"),
            Map.entry("ObservedTesting", "/unauthorized-testing/"), Map.entry("SupplierAgreement", "/agreements/"));

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The action in the reader's language. */
    public String action(String code, Locale locale) {
        return messages.getMessage("auditAction." + code, null, inWords(code), locale);
    }

    /** The kind of record in the reader's language. */
    public String object(String type, Locale locale) {
        return type == null ? "" : messages.getMessage("auditObject." + type, null, type, locale);
    }

    /** The page of the record, or null when its kind has none. */
    public String link(String type, String id) {
        String page = type == null ? null : PAGES.get(type);
        return page == null || id == null || !id.matches("[0-9a-fA-F-]{36}") ? null : page + id;
    }

    /** The summary as lines: "field: value", and for a change "field: before → after". */
    public List<String> lines(String summary) {
        List<String> lines = new ArrayList<>();
        if (summary == null || summary.isBlank()) {
            return lines;
        }
        JsonNode node;
        try {
            node = JSON.readTree(summary);
        } catch (RuntimeException e) {
            return List.of(summary);
        }
        if (!node.isObject()) {
            return List.of(text(node));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject() && value.size() == 2 && value.has("from") && value.has("to")) {
                lines.add(field.getKey() + ": " + text(value.get("from")) + " → " + text(value.get("to")));
            } else {
                lines.add(field.getKey() + ": " + text(value));
            }
        }
        return lines;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(text(v)));
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** INCIDENT_REPORTED as "Incident reported". */
    static String inWords(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').trim();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
