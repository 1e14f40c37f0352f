package org.bricshub.gs1;

/**
 * Global Trade Item Number (GS1 General Specifications §3.3.2, AI 01), held as 14 digits: a GTIN-8, -12 or
 * -13 is padded with leading zeros, as Digital Link and EPC require.
 *
 * @param value the GTIN-14, with a correct mod-10 check digit
 */
public record Gtin(String value) implements Gs1Key {

    /** Pads a GTIN-8/12/13 to 14 digits and validates it. @throws Gs1Exception naming the broken rule */
    public Gtin {
        if (value != null && (value.length() == 8 || value.length() == 12 || value.length() == 13)) {
            value = "0".repeat(14 - value.length()) + value;
        }
        ApplicationIdentifiers.validate("01", value);
    }

    /** Builds a GTIN-14 from its first 13 digits (indicator, company prefix, item reference) and a computed check digit. */
    public static Gtin withCheckDigit(String thirteenDigits) {
        return new Gtin(CheckDigit.withMod10(thirteenDigits));
    }

    @Override
    public String ai() {
        return "01";
    }

    /** The shortest GTIN form: GTIN-8, -12 or -13 when the leading digits are zeros, else the GTIN-14. */
    public String shortestForm() {
        if (value.startsWith("000000")) {
            return value.substring(6);
        }
        if (value.startsWith("00")) {
            return value.substring(2);
        }
        return value.startsWith("0") ? value.substring(1) : value;
    }
}
