package org.bricshub.trace;

import java.util.Locale;
import org.bricshub.platform.problem.InvalidInputException;

/** Where one serialised item is in its life. A genuine code with no recorded state is {@link #COMMISSIONED}. */
public enum CodeState {
    COMMISSIONED, SHIPPED, SOLD, RECALLED, DECOMMISSIONED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInputException naming {@code field} for an unknown state */
    public static CodeState parse(String field, String name) {
        for (CodeState s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException(field, "must be one of commissioned, shipped, sold, recalled, decommissioned");
    }
}
