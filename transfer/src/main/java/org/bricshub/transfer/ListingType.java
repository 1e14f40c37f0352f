package org.bricshub.transfer;

import java.util.Locale;

/** What a listing offers or seeks. */
public enum ListingType {
    /** A technology offer: a research achievement available for licence, sale, development or service. */
    OFFER,
    /** A technology demand: a company's need for a technology. */
    DEMAND,
    /** A request for R&D cooperation: partners sought for joint research. */
    RND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose listings answer this one: offers answer demands and the reverse; R&D requests answer each other. */
    public ListingType counterpart() {
        return switch (this) {
            case OFFER -> DEMAND;
            case DEMAND -> OFFER;
            case RND -> RND;
        };
    }

    /** @throws org.bricshub.platform.problem.InvalidInputException naming {@code field} when absent or unknown */
    public static ListingType parse(String field, String value) {
        return WireNames.parse(field, value, values(), ListingType::wireName);
    }
}
