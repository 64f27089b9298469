package org.ciip.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese (zh-CN) and English: the browser's language until the user picks one with {@code ?lang=}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /**
     * The documents whose {@code ?lang=} chooses the document's language only: downloading a PDF in the other language
     * does not switch the pages.
     */
    static final String[] DOCUMENTS = {"/incidents/*/document", "/compliance/document",
        "/operators/*/compliance/document", "/identification/decisions/*/document", "/testing/*/document",
        "/cases/*/documents/*"};

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ciip-lang") {
            @Override
            public void setLocaleContext(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.context.i18n.LocaleContext context) {
                super.setLocaleContext(request, response, context == null || context.getLocale() == null ? context
                        : new org.springframework.context.i18n.SimpleLocaleContext(supported(context.getLocale())));
            }

            @Override
            protected Locale parseLocaleValue(String value) {
                Locale parsed = super.parseLocaleValue(value);
                return parsed == null ? null : supported(parsed);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return requested != null && requested.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
        });
        return resolver;
    }

    /** One of the two languages of the pages: any Chinese (zh, zh-Hans, zh-CN) is zh-CN, anything else English. */
    static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns(DOCUMENTS);
    }
}
