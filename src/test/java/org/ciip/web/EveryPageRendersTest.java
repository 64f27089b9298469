package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page in the navigation of every demo account opens, in English and in Chinese. */
@RunningCiip
class EveryPageRendersTest {

    static final List<String> ACCOUNTS = List.of("grid-officer", "bank-officer", "rail-officer", "energy-dept",
            "finance-dept", "transport-dept", "mps", "cac", "miit", "psb-beijing", "agency", "supplier", "admin");

    @Autowired
    Http http;

    @Test
    void everyNavigationPageOfEveryDemoAccountOpensInBothLanguages() {
        List<String> broken = new ArrayList<>();
        for (String account : ACCOUNTS) {
            String session = http.signIn(account);
            String home = http.send(http.request("/", null).header("Cookie", session).GET()).body();
            Set<String> pages = new LinkedHashSet<>();
            Matcher nav = Pattern.compile("id=\"mainNavItems\">(.*?)</ul>", Pattern.DOTALL)
                    .matcher(home);
            assertThat(nav.find()).as("the navigation of " + account).isTrue();
            Matcher link = Pattern.compile("href=\"(/[^\"]*)\"").matcher(nav.group(1));
            while (link.find()) {
                pages.add(link.group(1));
            }
            assertThat(pages).as("pages of " + account).hasSizeGreaterThan(3);
            for (String lang : List.of("en", "zh-CN")) {
                for (String page : pages) {
                    Http.Response answer = http.send(http.request(page + (page.contains("?") ? "&" : "?") + "lang="
                            + lang, null).header("Cookie", session).GET());
                    if (answer.status() != 200 || answer.body().contains("Something went wrong")
                            || answer.body().contains("出现错误")) {
                        broken.add(account + " " + lang + " " + page + " -> " + answer.status());
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
