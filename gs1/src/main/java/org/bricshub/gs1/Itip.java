package org.bricshub.gs1;

/**
 * Individual Trade Item Piece: a GTIN-14, then the piece number and the total count, 2 digits each (AI 8006).
 *
 * @param value the key, validated against the format of AI (8006)
 */
public record Itip(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Itip {
        ApplicationIdentifiers.validate("8006", value);
    }

    @Override
    public String ai() {
        return "8006";
    }
}
