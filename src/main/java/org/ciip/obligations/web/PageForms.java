package org.ciip.obligations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the fields of a posted form into the same request record the API takes, so that the UI and the API share one
 * validation; and turns a refusal into messages beside the fields, in the user's language.
 */
@Component
class PageForms {

    private final JsonMapper json;
    private final MessageSource messages;

    PageForms(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The form's fields as the request record; blank fields are absent, a checkbox sends "true". */
    <T> T read(Map<String, String> form, Class<T> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.startsWith("_") && v != null && !v.isBlank()) {
                values.put(k, v.trim());
            }
        });
        try {
            return json.convertValue(values, type);
        } catch (DatabindException e) {
            String field = e.getPath().isEmpty() ? "form" : e.getPath().getLast().getPropertyName();
            throw ApiException.invalid(List.of(new FieldProblem(field, "is not valid", null, "validation.invalid",
                    List.of())));
        } catch (JacksonException | IllegalArgumentException e) {
            throw ApiException.invalid("form", "is not valid");
        }
    }

    /** The problems of a 400, by field, in the user's language. */
    Map<String, String> errors(ApiException refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : refused.fieldProblems()) {
            Object[] args = problem.args() == null ? null : problem.args().toArray();
            String text = problem.code() == null ? problem.message()
                    : messages.getMessage(problem.code(), args, problem.message(), locale);
            errors.merge(problem.field(), text, (a, b) -> a + " " + b);
        }
        if (errors.isEmpty()) {
            errors.put("form", refused.getMessage());
        }
        return errors;
    }

    /**
     * Runs a form's work. Saved: back to {@code target} with {@code saved} flashed. Bad input: the page again, the
     * form open with its values and the problems beside its fields. Refused otherwise: back with the refusal; a record
     * that is not there (or not the user's to see) stays a 404.
     */
    String submit(Supplier<?> work, String formKey, Map<String, String> form, Locale locale,
            BiFunction<String, Map<String, String>, String> rerender, RedirectAttributes redirect, String saved,
            String target) {
        try {
            work.get();
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                return rerender.apply(formKey, errors(e, locale));
            }
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:" + target;
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + target;
    }
}
