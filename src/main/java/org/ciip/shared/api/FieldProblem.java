package org.ciip.shared.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One invalid field of a request: its name (a JSON path such as {@code sectors[1]}) and what is wrong, in English for
 * API clients. The UI shows the message of {@code code} (with {@code args}) in the user's language. For a CSV import,
 * {@code line} is the line of the file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, Integer line, @JsonIgnore String code,
        @JsonIgnore List<Object> args) {

    public FieldProblem(String field, String message) {
        this(field, message, null, null, List.of());
    }

    public FieldProblem atLine(int lineNumber) {
        return new FieldProblem(field, message, lineNumber, code, args);
    }
}
