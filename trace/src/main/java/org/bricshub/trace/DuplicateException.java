package org.bricshub.trace;

import java.util.Map;
import org.bricshub.platform.problem.ConflictException;

/** A GTIN, GLN, lot or serial that must be new already exists (409); names the field and the rule like a 400. */
public final class DuplicateException extends ConflictException {
    private final String field;
    private final String rule;

    public DuplicateException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", field, "rule", rule);
    }
}
