package org.bricshub.gs1;

/**
 * Global Shipment Identification Number, 17 digits with a mod-10 check digit (AI 402).
 *
 * @param value the key, validated against the format of AI (402)
 */
public record Gsin(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gsin {
        ApplicationIdentifiers.validate("402", value);
    }

    @Override
    public String ai() {
        return "402";
    }
}
