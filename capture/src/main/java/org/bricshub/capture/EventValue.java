package org.bricshub.capture;

import java.util.Objects;

/**
 * One identifier or reference an event names, as indexed in {@code capture_event_values}.
 *
 * @param role how the event names it
 * @param type the business transaction, source or destination type, else {@code null}
 * @param value the identifier as written
 * @param gs1Key the GS1 key digits that a company prefix is matched against, or {@code null} for a non-GS1 value
 */
record EventValue(ValueRole role, String type, String value, String gs1Key) {
    EventValue {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
    }
}
