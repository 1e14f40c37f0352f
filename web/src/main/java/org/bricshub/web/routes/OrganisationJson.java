package org.bricshub.web.routes;

import java.time.Instant;
import java.util.List;
import org.bricshub.platform.org.Organisation;

/** The wire form of an organisation. */
record OrganisationJson(long id, String name, String country, String kind, List<String> prefixes, Instant createdAt) {
    static OrganisationJson of(Organisation o) {
        return new OrganisationJson(o.id(), o.name(), o.country(), o.kind().wireName(), o.prefixes(), o.createdAt());
    }
}
