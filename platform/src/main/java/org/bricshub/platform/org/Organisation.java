package org.bricshub.platform.org;

import java.time.Instant;
import java.util.List;

/** An organisation of the platform with the GS1 company prefixes it owns. */
public record Organisation(long id, String name, String country, OrganisationKind kind, List<String> prefixes,
                           Instant createdAt) {
    public Organisation {
        prefixes = List.copyOf(prefixes);
    }
}
