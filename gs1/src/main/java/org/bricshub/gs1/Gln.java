package org.bricshub.gs1;

/**
 * Global Location Number, 13 digits with a mod-10 check digit (GS1 General Specifications §4.11). Its Digital Link AI is 414 (physical location); the same number serves as party GLN (417) or in AIs 410-416.
 *
 * @param value the key, validated against the format of AI (414)
 */
public record Gln(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gln {
        ApplicationIdentifiers.validate("414", value);
    }

    /** Builds the key from its first 12 digits and a computed mod-10 check digit. */
    public static Gln withCheckDigit(String digits) {
        return new Gln(CheckDigit.withMod10(digits));
    }

    @Override
    public String ai() {
        return "414";
    }
}
