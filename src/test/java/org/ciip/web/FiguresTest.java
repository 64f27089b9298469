package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FiguresTest {

    private final Figures figures = new Figures();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void largeNumbersCarrySeparatorsInEitherLanguageAndOtherValuesStayAsTheyAre() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.of(20_000_000L)).isEqualTo("20,000,000");
        assertThat(figures.of(30.5)).isEqualTo("30.5");
        assertThat(figures.of(new java.math.BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(figures.of(100_000)).isEqualTo("100,000");
        assertThat(figures.of("MAJOR")).isEqualTo("MAJOR");
        assertThat(figures.of(null)).isEmpty();
    }
}
