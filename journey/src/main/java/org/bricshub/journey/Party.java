package org.bricshub.journey;

import java.util.Objects;
import org.bricshub.platform.org.OrganisationKind;

/** The organisation that captured a step. */
public record Party(long orgId, String name, String country, OrganisationKind kind) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
