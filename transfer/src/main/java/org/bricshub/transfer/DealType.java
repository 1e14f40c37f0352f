package org.bricshub.transfer;

import java.util.Locale;

/** The kinds of deal a listing's owner is open to. */
public enum DealType {
    LICENCE, SALE, JOINT_DEVELOPMENT, INVESTMENT, TECHNICAL_SERVICE;

    /** The wire form, e.g. {@code joint-development}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws org.bricshub.platform.problem.InvalidInputException naming {@code field} when absent or unknown */
    public static DealType parse(String field, String value) {
        return WireNames.parse(field, value, values(), DealType::wireName);
    }
}
