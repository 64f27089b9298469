package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theChineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        assertThat(chinese).as("keys missing in Chinese").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(chinese);
    }

    @Test
    void theEnglishBundleSpeaksEnglishOnly() throws IOException {
        Properties english = load("messages.properties");
        // the instructions for entering a rule's bilingual names show the Chinese half as an example
        Set<String> bilingualExamples = Set.of("rule.levelsHelp", "rule.criteriaPlaceholder", "rule.criteriaHelp");
        Set<String> mixed = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!bilingualExamples.contains(key) && english.getProperty(key).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                mixed.add(key);
            }
        }
        assertThat(mixed).as("English messages with Chinese in them").isEmpty();
    }

    @Test
    void theChineseBundleIsTranslated() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages.properties");
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(chinese.getProperty(k))).count();
        assertThat(same).as("messages identical in both languages").isLessThan(3);
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties english = load("messages.properties");
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasALabel() throws IOException {
        Properties english = load("messages.properties");
        for (OrganizationKind kind : OrganizationKind.values()) {
            assertThat(english).containsKey("orgKind." + kind);
        }
        for (Role role : Role.values()) {
            assertThat(english).containsKey("role." + role);
        }
        for (String status : new String[] {"CANDIDATE", "CII", "NOT_CII", "DECOMMISSIONED"}) {
            assertThat(english).containsKey("ciiStatus." + status);
        }
        for (String kind : new String[] {"NETWORK_FACILITY", "INFORMATION_SYSTEM"}) {
            assertThat(english).containsKey("assetKind." + kind);
        }
    }

    /**
     * Every action the code writes to the audit trail, and every kind of record it names, reads in both languages: the
     * literals of {@code auditAction()} and {@code auditObjectType()} methods and of {@code record("ACTION", "Type"}
     * calls, and the actions built from an enum's names.
     */
    @Test
    void everyAuditActionAndKindOfRecordTheCodeWritesHasANameInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Pattern method = Pattern.compile(
                "String auditAction\\(\\)\\s*\\{\\s*return (?:[\\w.]+ \\? \"([A-Z_]+)\" : )?\"([A-Z][A-Z_]+)\";");
        Pattern type = Pattern.compile("String auditObjectType\\(\\)\\s*\\{\\s*return \"([A-Za-z]+)\";");
        Pattern call = Pattern.compile("\\.record\\(\\s*(?:[\\w.]+ == [\\w.]+ \\? \"([A-Z_]+)\" : )?\"([A-Z][A-Z_]+)\",\\s*\"([A-Za-z]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = method.matcher(code);
                while (m.find()) {
                    if (m.group(1) != null) {
                        keys.add("auditAction." + m.group(1));
                    }
                    keys.add("auditAction." + m.group(2));
                }
                m = type.matcher(code);
                while (m.find()) {
                    keys.add("auditObject." + m.group(1));
                }
                m = call.matcher(code);
                while (m.find()) {
                    if (m.group(1) != null) {
                        keys.add("auditAction." + m.group(1));
                    }
                    keys.add("auditAction." + m.group(2));
                    keys.add("auditObject." + m.group(3));
                }
            }
        }
        for (var status : org.ciip.obligations.PurchaseReviewStatus.values()) {
            keys.add("auditAction.PURCHASE_REVIEW_" + status);
        }
        for (var status : org.ciip.obligations.assessment.FindingStatus.values()) {
            keys.add("auditAction.ASSESSMENT_FINDING_" + status);
        }
        for (String decision : new String[] {"ACCEPTED", "RETURNED"}) {
            keys.add("auditAction.ASSESSMENT_" + decision);
        }
        for (String result : new String[] {"APPROVED", "REJECTED"}) {
            keys.add("auditAction.BACKGROUND_REVIEW_" + result);
        }
        assertThat(keys).as("the scan finds the trail's actions").contains("auditAction.INCIDENT_REPORTED",
                "auditAction.ASSET_REGISTERED", "auditObject.Incident", "auditAction.ACCOUNT_PROPOSED");
        assertThat(keys.stream().filter(k -> !english.containsKey(k) || !chinese.containsKey(k)).toList())
                .as("audit actions and kinds of record without a name").isEmpty();
    }
}
