package org.bricshub.platform.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * What a key may do for its organisation. {@code admin} manages the organisation's keys (and, in the operator
 * organisation, the whole platform); {@code owner} manages its products and data; {@code operator} runs day-to-day
 * work such as capture or moderation; {@code certifier} issues certificates; {@code auditor} and {@code reader} read.
 */
public enum Role {
    ADMIN, OWNER, OPERATOR, CERTIFIER, AUDITOR, READER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidInputException naming the accepted values */
    public static Role parse(String field, String value) {
        for (Role r : values()) {
            if (r.wireName().equals(value)) {
                return r;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(values())
                .map(Role::wireName).collect(Collectors.joining(", ")));
    }
}
