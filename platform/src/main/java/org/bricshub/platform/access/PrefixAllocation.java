package org.bricshub.platform.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.platform.org.PlatformRange;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Hands out sub-ranges of the operator's {@link PlatformRange} to organisations without GS1 membership: the next
 * free sub-prefix large enough for the products asked for, claimed under the same lock and overlap rule as any
 * other prefix, and audited. Platform admins only.
 */
public final class PrefixAllocation {
    private final DataSource dataSource;
    private final Clock clock;
    private final OrganisationStore organisations;
    private final AuditLog audit;
    private final Optional<PlatformRange> range;

    public PrefixAllocation(DataSource dataSource, Clock clock, OrganisationStore organisations, AuditLog audit,
                            Optional<PlatformRange> range) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.organisations = organisations;
        this.audit = audit;
        this.range = range;
    }

    /** A sub-prefix given to an organisation. */
    public record AllocatedPrefix(long orgId, String prefix, long capacity) {
    }

    /**
     * Gives organisation {@code orgId} the lowest free sub-prefix numbering at least {@code capacity} products.
     *
     * @throws ConflictException when no platform range is configured or it has no free sub-prefix of that size
     */
    public AllocatedPrefix allocate(Principal actor, long orgId, long capacity) {
        actor.requirePlatformAdmin();
        PlatformRange from = range.orElseThrow(() -> new ConflictException(
                "no platform range is configured (setting gs1.platform.range)"));
        int length = from.subPrefixLength(capacity);
        Instant now = clock.instant();
        return Transaction.run(dataSource, c -> {
            if (organisations.find(orgId).isEmpty()) {
                throw new NotFoundException("no organisation " + orgId);
            }
            organisations.lockPrefixes(c);
            String prefix = from.firstFree(length, organisations.overlapping(c, from.prefix()))
                    .orElseThrow(() -> new ConflictException("platform range " + from.prefix()
                            + " has no free sub-prefix of " + length + " digits"));
            organisations.claim(c, orgId, List.of(prefix));
            long held = PlatformRange.capacityOf(length);
            audit.record(c, now, actor.keyId(), actor.orgId(), "organisation.prefix.allocate",
                    "organisation/" + orgId, Map.of("prefix", prefix, "capacity", held));
            return new AllocatedPrefix(orgId, prefix, held);
        });
    }
}
