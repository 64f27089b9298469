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
        registry.addInterceptor(new PageLanguageChange());
    }

    /**
     * {@code ?lang=} chooses the pages' language, unless the handler takes {@code lang} itself: a document's link
     * ({@code /incidents/{id}/document?lang=en}) chooses the document's language only, so that a PDF in the other
     * language leaves the pages as they were.
     */
    static final class PageLanguageChange extends LocaleChangeInterceptor {

        PageLanguageChange() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            if (handler instanceof org.springframework.web.method.HandlerMethod method && takesLanguage(method)) {
                return true;
            }
            return super.preHandle(request, response, handler);
        }

        private static boolean takesLanguage(org.springframework.web.method.HandlerMethod method) {
            return java.util.Arrays.stream(method.getMethod().getParameters()).anyMatch(p -> {
                org.springframework.web.bind.annotation.RequestParam param = p.getAnnotation(
                        org.springframework.web.bind.annotation.RequestParam.class);
                return param != null && "lang".equals(param.name().isEmpty() ? (param.value().isEmpty()
                        ? p.getName() : param.value()) : param.name());
            });
        }
    }
}
