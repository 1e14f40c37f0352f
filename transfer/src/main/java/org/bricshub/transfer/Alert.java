package org.bricshub.transfer;

import java.time.Instant;

/**
 * A newly published listing that answers a saved search ({@code kind} "search", {@code aboutId} the search) or one of
 * the organisation's own listings ({@code kind} "match", {@code aboutId} that listing).
 */
public record Alert(long id, String kind, long listingId, long aboutId, Instant createdAt) {
}
