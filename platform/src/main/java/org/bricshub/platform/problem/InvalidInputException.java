package org.bricshub.platform.problem;

import java.util.Map;

/** A field of the input breaks a rule (400). */
public class InvalidInputException extends ProblemException {
    private final String field;
    private final String rule;

    /**
     * @param field the JSON field, query parameter or header at fault, e.g. {@code country}
     * @param rule  the rule it breaks, e.g. {@code must be an ISO 3166-1 alpha-2 code}
     */
    public InvalidInputException(String field, String rule) {
        super(400, "invalid-input", "Invalid input", field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", field, "rule", rule);
    }
}
