package org.bricshub.platform.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.UnauthenticatedException;

/**
 * Turns an {@code Authorization: Bearer <key>} header into a {@link Principal}. Found keys are cached briefly so
 * that a busy client costs one hash per request, not a query; revocation through {@link Administration} on this
 * server takes effect at once, on other servers sharing the database within {@link #CACHE_TTL}.
 */
public final class Authenticator {
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Clock clock;
    private final ApiKeyStore keys = new ApiKeyStore();
    private final Cache<String, ApiKeyStore.Found> cache = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(CACHE_TTL).build();

    public Authenticator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * @param authorization the Authorization header value, or null when absent
     * @throws UnauthenticatedException saying which rule failed: missing, malformed, unknown, revoked or expired
     */
    public Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthenticatedException("an API key is required: send 'Authorization: Bearer <key>'");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthenticatedException("the Authorization header must use the Bearer scheme");
        }
        String secret = authorization.substring(7).strip();
        if (!ApiKeySecret.isWellFormed(secret)) {
            throw new UnauthenticatedException("the API key is malformed");
        }
        byte[] hash = ApiKeySecret.hash(secret);
        String cacheKey = HexFormat.of().formatHex(hash);
        ApiKeyStore.Found found = cache.getIfPresent(cacheKey);
        if (found == null) {
            Optional<ApiKeyStore.Found> stored = Transaction.run(dataSource, c -> keys.findByHash(c, hash));
            found = stored.orElseThrow(() -> new UnauthenticatedException("the API key is not known"));
            cache.put(cacheKey, found);
        }
        ApiKey key = found.key();
        if (key.revokedAt().isPresent()) {
            throw new UnauthenticatedException("the API key was revoked");
        }
        if (!key.isValidAt(clock.instant())) {
            throw new UnauthenticatedException("the API key expired at " + key.expiresAt().orElseThrow());
        }
        return new Principal(key.id(), key.orgId(), found.orgKind(), key.role());
    }

    /** Forgets cached keys so that a revocation is seen by the next request. */
    void forget() {
        cache.invalidateAll();
    }
}
