package org.bricshub.gs1;

/**
 * Serial Shipping Container Code, 18 digits with a mod-10 check digit (GS1 General Specifications §3.2, AI 00).
 *
 * @param value the key, validated against the format of AI (00)
 */
public record Sscc(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Sscc {
        ApplicationIdentifiers.validate("00", value);
    }

    /** Builds the key from its first 17 digits and a computed mod-10 check digit. */
    public static Sscc withCheckDigit(String digits) {
        return new Sscc(CheckDigit.withMod10(digits));
    }

    @Override
    public String ai() {
        return "00";
    }
}
