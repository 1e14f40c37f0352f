package org.bricshub.transfer;

import java.time.Instant;
import java.util.Optional;

/**
 * An expression of interest in a listing, as one side sees it. The other party is anonymous (its kind of
 * organisation and country only) until the listing's owner accepts; then both identities are revealed.
 *
 * @param status pending, accepted or declined
 */
public record Interest(long id, long listingId, String listingTitle, DealType dealType, String message, String status,
                       Instant createdAt, Party counterpart) {

    /** The other side: always its kind and country; its organisation id and name only once the interest is accepted. */
    public record Party(String kind, String country, Optional<Long> orgId, Optional<String> name) {
    }
}
