package org.ciip.web;

import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader writes them, for templates: {@code ${@figures.of(20000000)}} is "20,000,000" (up to two
 * decimals); a value that is not a number is shown as it is.
 */
@Component("figures")
public class Figures {

    public String of(Object value) {
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
            format.setGroupingUsed(true);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return value == null ? "" : value.toString();
    }
}
