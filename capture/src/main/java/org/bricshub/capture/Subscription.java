package org.bricshub.capture;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook subscription as the binding shows it (AbstractQuerySubscriptionResponse): never its signature token.
 *
 * @param schedule {@code null} for a stream
 * @param minRecordTime events recorded before it were reported already (scheduled subscriptions)
 * @param lastNotifiedAt the last delivery the receiver acknowledged, or {@code null}
 */
public record Subscription(String subscriptionID, String queryName, URI dest, boolean stream, QuerySchedule schedule,
        boolean reportIfEmpty, Instant initialRecordTime, Instant minRecordTime, Instant createdAt,
        Instant lastNotifiedAt) {
    public Subscription {
        Objects.requireNonNull(subscriptionID, "subscriptionID");
        Objects.requireNonNull(dest, "dest");
    }
}
