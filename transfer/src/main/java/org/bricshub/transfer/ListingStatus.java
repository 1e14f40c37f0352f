package org.bricshub.transfer;

import java.util.Locale;

/**
 * Where a listing is in its life: draft → review (the operator moderates) → published → expired (renewable),
 * withdrawn or concluded. Only published listings are searchable and matchable.
 */
public enum ListingStatus {
    DRAFT, REVIEW, PUBLISHED, EXPIRED, WITHDRAWN, CONCLUDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ListingStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
