package org.ciip.supervision;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;

/**
 * Reads an inventory upload: a CycloneDX JSON SBOM (spec 1.2 to 1.6, parsed by cyclonedx-core-java, nested components
 * flattened) or a CSV with the columns vendor, product, version, purl, cpe. What it cannot use is refused with where
 * it is (a JSON pointer, a CSV line) and why.
 */
final class InventoryReader {

    static final Set<String> SPEC_VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6");
    static final int MAX_COMPONENTS = 50_000;

    /** What an upload gave: the components read, and the ones refused with their place and reason. */
    record Read(List<NewComponent> components, List<Refusal> refused) {
    }

    private InventoryReader() {
    }

    /** Reads a CycloneDX JSON document; one that is not JSON, not CycloneDX or of another version is a 400. */
    /** A file refused whole: the problem in English for API clients, and its message key for the pages. */
    private static ApiException refused(String field, String message, String code, Object... args) {
        return ApiException.invalid(List.of(new FieldProblem(field, message, null, code, List.of(args))));
    }

    static Read cycloneDx(byte[] body) {
        Bom bom;
        try {
            bom = new JsonParser().parse(body);
        } catch (ParseException | RuntimeException e) {
            throw refused("sbom", "is not a CycloneDX JSON document", "validation.sbomFormat");
        }
        if (bom == null || bom.getSpecVersion() == null || !SPEC_VERSIONS.contains(bom.getSpecVersion())) {
            throw refused("specVersion", "must be a CycloneDX specification version from 1.2 to 1.6",
                    "validation.sbomVersion");
        }
        List<NewComponent> components = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        flatten(bom.getComponents(), "/components", components, refused);
        if (components.size() > MAX_COMPONENTS) {
            throw refused("sbom", "lists more than " + MAX_COMPONENTS + " components", "validation.tooManyComponents",
                    MAX_COMPONENTS);
        }
        return new Read(components, refused);
    }

    private static void flatten(List<Component> list, String pointer, List<NewComponent> into,
            List<Refusal> refused) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Component c = list.get(i);
            String at = pointer + "/" + i;
            try {
                into.add(component(c.getName(), c.getVersion(), c.getGroup() != null ? c.getGroup() : c.getPublisher(),
                        c.getPurl(), c.getCpe(), "CYCLONEDX", at));
            } catch (ComponentProblem e) {
                refused.add(Refusal.of(at, e));
            }
            flatten(c.getComponents(), at + "/components", into, refused);
        }
    }

    /**
     * Reads a CSV with a header row (vendor, product, version, purl, cpe; in any order, the first two required). A
     * file with any bad line is refused whole: the answer names every bad line.
     */
    static Read csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<NewComponent> components = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderMap().containsKey("product") || !parser.getHeaderMap().containsKey("version")) {
                throw refused("csv", "needs a header row with the columns vendor, product, version, purl, cpe",
                        "validation.csvHeader", "vendor, product, version, purl, cpe");
            }
            for (CSVRecord row : parser) {
                String line = "line " + (row.getRecordNumber() + 1);
                try {
                    components.add(component(value(row, "product"), value(row, "version"), value(row, "vendor"),
                            value(row, "purl"), value(row, "cpe"), "CSV", line));
                } catch (ComponentProblem e) {
                    refused.add(Refusal.of(line, e));
                }
                if (components.size() > MAX_COMPONENTS) {
                    throw refused("csv", "lists more than " + MAX_COMPONENTS + " components",
                            "validation.tooManyComponents", MAX_COMPONENTS);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refused("csv", "cannot be read as CSV: " + e.getMessage(), "validation.csvUnreadable");
        }
        return new Read(components, refused);
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A component from its parts; throws {@link ComponentProblem} with the reason when it has no name, a name
     * or version too long, or a package URL or CPE that does not parse.
     */
    static NewComponent component(String name, String version, String vendor, String purl, String cpe, String source,
            String location) {
        PackageId purlId = purl == null || purl.isBlank() ? null : PackageId.ofPurl(purl);
        PackageId cpeId = cpe == null || cpe.isBlank() ? null : PackageId.ofCpe(cpe);
        String effectiveName = name != null && !name.isBlank() ? name.trim()
                : purlId != null ? purlId.purlName() : null;
        if (effectiveName == null) {
            throw new ComponentProblem("name", "validation.componentName",
                    "has no name (nor a package URL to take it from)");
        }
        if (effectiveName.length() > 300 || (version != null && version.trim().length() > 100)
                || (vendor != null && vendor.trim().length() > 200) || (purl != null && purl.length() > 1000)
                || (cpe != null && cpe.length() > 500)) {
            throw new ComponentProblem("name", "validation.componentTooLong",
                    "has a name, version, vendor, package URL or CPE that is too long");
        }
        String effectiveVersion = version != null && !version.isBlank() ? version.trim()
                : purlId != null ? versionOf(purl) : cpeId != null ? PackageId.cpeVersion(cpe) : null;
        return new NewComponent(effectiveName, effectiveVersion, vendor == null ? null : vendor.trim(),
                purlId == null ? null : purl.trim(), purlId, cpeId == null ? null : cpe.trim(), cpeId, source, location);
    }

    private static String versionOf(String purl) {
        try {
            return new com.github.packageurl.PackageURL(purl.trim()).getVersion();
        } catch (com.github.packageurl.MalformedPackageURLException e) {
            return null;
        }
    }
}
