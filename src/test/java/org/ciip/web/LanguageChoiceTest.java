package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reader's language is chosen with {@code ?lang=} and kept in a cookie; any Chinese is the pages' Chinese, and a
 * document downloaded in the other language leaves the pages in the one chosen.
 */
@RunningCiip
class LanguageChoiceTest {

    @Autowired
    Http http;

    private Http.Response get(String session, String language, String path) {
        return http.send(http.request(path, null, "Accept", "text/html").header("Cookie", session
                + (language == null ? "" : "; ciip-lang=" + language)).GET());
    }

    @Test
    void zhChoosesThePagesChineseAndIsKeptAsZhCn() {
        String session = http.signIn("energy-dept");
        Http.Response chosen = get(session, null, "/incidents?lang=zh");
        assertThat(chosen.body()).contains("<html lang=\"zh-CN\">").contains("报告时间");
        assertThat(chosen.raw().headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("ciip-lang=zh-CN"));
        assertThat(get(session, "zh", "/incidents").body()).as("a cookie kept as zh before this change")
                .contains("报告时间");
    }

    @Test
    void aDocumentInEnglishLeavesThePagesInChinese() {
        String session = http.signIn("energy-dept");
        Http.Response pdf = get(session, "zh-CN", "/compliance/document?lang=en");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c)
                .startsWith("ciip-lang="));
        assertThat(get(session, "zh-CN", "/incidents").body()).contains("报告时间");
    }
}
