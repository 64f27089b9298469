package org.ciip.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditWordsTest {

    private final AuditWords words;

    AuditWordsTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        words = new AuditWords(messages);
    }

    @Test
    void aChangeReadsAsFieldBeforeAndAfterAndOtherValuesAsFieldAndValue() {
        assertThat(words.lines("{\"name\": {\"from\": \"Old SCADA\", \"to\": \"New SCADA\"}, "
                + "\"sectors\": [\"ENERGY\", \"FINANCE\"], \"level\": 3, \"note\": null}"))
                .containsExactly("name: Old SCADA → New SCADA", "sectors: ENERGY, FINANCE", "level: 3", "note: —");
        assertThat(words.lines(null)).isEmpty();
        assertThat(words.lines("not json")).containsExactly("not json");
    }

    @Test
    void actionsAndKindsOfRecordReadInTheReadersLanguageAndRecordsLinkToTheirPages() {
        assertThat(words.action("INCIDENT_REPORTED", Locale.ENGLISH)).isEqualTo("Incident reported");
        assertThat(words.action("INCIDENT_REPORTED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("报告网络安全事件");
        assertThat(words.action("SOMETHING_NEW", Locale.ENGLISH)).as("in words without a name").isEqualTo("Something new");
        assertThat(words.object("Incident", Locale.SIMPLIFIED_CHINESE)).isEqualTo("网络安全事件");
        String id = "0b9f6a1e-6f0c-4e59-9a53-1c2d3e4f5a6b";
        assertThat(words.link("Incident", id)).isEqualTo("/incidents/" + id);
        assertThat(words.link("Benchmark", id)).as("no page").isNull();
        assertThat(words.link("Incident", "../admin")).as("only an id").isNull();
    }
}
