package org.bricshub.gs1;

/**
 * Global Coupon Number: 13 digits with check digit and an optional serial of up to 12 digits (AI 255).
 *
 * @param value the key, validated against the format of AI (255)
 */
public record Gcn(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gcn {
        ApplicationIdentifiers.validate("255", value);
    }

    @Override
    public String ai() {
        return "255";
    }
}
