package org.ciip.web;

import org.ciip.shared.Citation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Articles cited in the page's language, for templates: {@code ${@citations.of('18')}} is "Art. 18" in English and
 * 《条例》第十八条 in Chinese.
 */
@Component("citations")
public class Citations {

    public String of(Object article) {
        return Citation.of(article == null ? null : article.toString(),
                "zh".equals(LocaleContextHolder.getLocale().getLanguage()));
    }
}
