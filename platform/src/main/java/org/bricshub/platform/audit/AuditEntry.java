package org.bricshub.platform.audit;

import java.time.Instant;
import java.util.Optional;

/** One change made through the admin interface: who (key and organisation), what, to what, when. */
public record AuditEntry(long id, Instant at, Optional<Long> actorKeyId, Optional<Long> actorOrgId, String action,
                         String target, String detailJson) {
}
