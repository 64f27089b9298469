package org.ciip.shared.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the JSON API refuses although its type is right (issue 23, findings 6 and 7): text with a NUL character or a
 * lone surrogate, which PostgreSQL cannot store; a date or an instant outside 1949 to 2100, which no record of CII
 * protection has; a number with a fraction where a whole number is asked (an MLPS level of 1.5). Each answers 400
 * naming the field, before anything is written.
 */
@Configuration
class PlausibleJson {

    static final LocalDate EARLIEST = LocalDate.of(1949, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Bean
    JsonMapperBuilderCustomizer plausibleValues() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).addModule(module());
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("ciip-plausible-values");
        module.addDeserializer(String.class, new PlainText());
        module.addDeserializer(LocalDate.class, new PlausibleDate());
        module.addDeserializer(Instant.class, new PlausibleInstant());
        return module;
    }

    /** Text as Jackson reads it, refused when PostgreSQL could not store it. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String text = super.deserialize(p, ctxt);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\u0000') {
                        throw new ImplausibleValueException(p, "must not contain a NUL character", text, String.class);
                    }
                    if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1));
                        if (!paired) {
                            throw new ImplausibleValueException(p, "is not valid Unicode text (a lone surrogate)",
                                    text, String.class);
                        }
                        i++;
                    }
                }
            }
            return text;
        }
    }

    /** A date, refused outside 1949 to 2100. */
    static final class PlausibleDate extends StdDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                throw new ImplausibleValueException(p, "must be a date from 1949 to 2100", date, LocalDate.class);
            }
            return date;
        }
    }

    /** An instant, refused outside 1949 to 2100. */
    static final class PlausibleInstant extends StdDeserializer<Instant> {

        PlausibleInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Instant instant = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            if (instant != null) {
                LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
                if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                    throw new ImplausibleValueException(p, "must be an instant from 1949 to 2100", instant,
                            Instant.class);
                }
            }
            return instant;
        }
    }
}
