package org.bricshub.gs1;

/**
 * Global Service Relation Number, 18 digits with a mod-10 check digit. Its Digital Link AI is 8018 (recipient); the same number identifies a provider under 8017.
 *
 * @param value the key, validated against the format of AI (8018)
 */
public record Gsrn(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gsrn {
        ApplicationIdentifiers.validate("8018", value);
    }

    @Override
    public String ai() {
        return "8018";
    }
}
