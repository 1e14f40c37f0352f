package org.bricshub.trace;

import java.time.Instant;

/** A registered location of organisation {@code orgId}. */
public record Location(long orgId, NewLocation data, Instant createdAt) {
    public String gln() {
        return data.gln().value();
    }
}
