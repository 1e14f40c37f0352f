package org.bricshub.platform.access;

import java.time.Instant;
import java.util.Optional;

/** What the platform knows of an API key: everything but the secret, of which it keeps only a hash. */
public record ApiKey(long id, long orgId, Role role, Instant createdAt, Optional<Instant> expiresAt,
                     Optional<Instant> revokedAt) {

    /** True when the key is neither revoked nor expired at {@code now}. */
    public boolean isValidAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
