package org.ciip.supervision;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A part of an inventory upload that was not used: where it is (a JSON pointer, a CSV line) and why (in English, for
 * API clients; {@code code}, the message key, for the pages).
 */
public record Refusal(String location, String reason, @JsonIgnore String code) {

    static Refusal of(String location, ComponentProblem problem) {
        return new Refusal(location, problem.getMessage(), problem.code());
    }
}
