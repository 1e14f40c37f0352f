package org.bricshub.transfer;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bricshub.platform.problem.InvalidInputException;

/** Parses the wire names of this module's enumerations, refusing absent or unknown values by field and rule. */
final class WireNames {
    private WireNames() {
    }

    static <E> E parse(String field, String value, E[] values, Function<E, String> wireName) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        for (E e : values) {
            if (wireName.apply(e).equals(value)) {
                return e;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(values).map(wireName)
                .collect(Collectors.joining(", ")));
    }
}
