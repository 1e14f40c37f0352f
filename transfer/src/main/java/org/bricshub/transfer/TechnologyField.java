package org.bricshub.transfer;

import java.util.Locale;

/** The main fields of technology by which listings are browsed and the terminology is organised. */
public enum TechnologyField {
    AGRICULTURE, FOOD, MEDICINE, BIOTECHNOLOGY, ENERGY, ENVIRONMENT, WATER, MATERIALS, MANUFACTURING, ELECTRONICS,
    INFORMATION, TRANSPORT, CONSTRUCTION, CHEMISTRY, MINING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws org.bricshub.platform.problem.InvalidInputException naming {@code field} when absent or unknown */
    public static TechnologyField parse(String field, String value) {
        return WireNames.parse(field, value, values(), TechnologyField::wireName);
    }
}
