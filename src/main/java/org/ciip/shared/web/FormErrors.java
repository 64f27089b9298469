package org.ciip.shared.web;

import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Shows the problems of a refused request beside the fields of the form that sent it, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs a step a page posted: when it is done the page shows {@code doneKey}'s message; a 400 comes back as the
     * problems of its fields ({@link #byField}), flashed as {@code errors}; any other refusal goes on. Answers whether
     * it was done.
     */
    public static boolean step(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            org.springframework.context.MessageSource messages, java.util.Locale locale, String doneKey,
            Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("done", doneKey);
            return true;
        } catch (ApiException e) {
            if (e.getStatusCode() != org.springframework.http.HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("errors", byField(e.fieldProblems(), messages, locale));
            return false;
        }
    }

    /**
     * {@link #step} for a form whose values come back with its problems: refused for its input, {@code values} (what
     * was sent, by field) are flashed as {@code values} beside the {@code errors}.
     */
    public static boolean step(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            org.springframework.context.MessageSource messages, java.util.Locale locale, String doneKey,
            java.util.Map<String, String> values, Runnable work) {
        boolean done = step(redirect, messages, locale, doneKey, work);
        if (!done) {
            redirect.addFlashAttribute("values", values);
        }
        return done;
    }

    /** Each field's problems in the reader's language, by field, for forms that show them without a binding. */
    public static java.util.Map<String, String> byField(java.util.List<FieldProblem> problems,
            org.springframework.context.MessageSource messages, java.util.Locale locale) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String text = p.code() == null ? p.message()
                    : messages.getMessage(p.code(), p.args() == null ? null : p.args().toArray(), p.message(),
                            locale);
            errors.merge(p.field(), text, (a, b) -> a + " " + b);
        }
        return errors;
    }

    public static void bind(ApiException refused, BindingResult form) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (FieldProblem problem : refused.fieldProblems()) {
            String field = problem.field().replaceAll("\\[\\d+]$", "");
            if (!shown.add(field + "|" + problem.code() + "|" + problem.message())) {
                continue; // the same problem of the same field (e.g. of two of its items) is said once
            }
            Object[] args = problem.args() == null ? null : problem.args().toArray();
            try {
                if (form.getFieldType(field) != null) {
                    form.rejectValue(field, problem.code() == null ? "validation.invalid" : problem.code(), args,
                            problem.message());
                    continue;
                }
            } catch (NotReadablePropertyException ignored) {
                // not a field of this form: shown above the form
            }
            form.reject(problem.code() == null ? "validation.invalid" : problem.code(), args,
                    problem.field() + ": " + problem.message());
        }
        if (refused.fieldProblems().isEmpty()) {
            form.reject("error.refused", refused.getMessage());
        }
    }
}
