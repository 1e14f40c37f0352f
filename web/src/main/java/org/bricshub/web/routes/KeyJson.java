package org.bricshub.web.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.bricshub.platform.access.ApiKey;
import org.bricshub.platform.access.IssuedKey;

/** The wire form of an API key; {@code key} (the secret) is present only in the answer that issues it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeyJson(long id, long orgId, String role, Instant createdAt, Instant expiresAt, Instant revokedAt, String key) {
    static KeyJson of(ApiKey k) {
        return new KeyJson(k.id(), k.orgId(), k.role().wireName(), k.createdAt(), k.expiresAt().orElse(null),
                k.revokedAt().orElse(null), null);
    }

    static KeyJson issued(IssuedKey issued) {
        KeyJson k = of(issued.key());
        return new KeyJson(k.id(), k.orgId(), k.role(), k.createdAt(), k.expiresAt(), null, issued.secret());
    }
}
