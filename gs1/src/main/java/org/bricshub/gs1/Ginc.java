package org.bricshub.gs1;

/**
 * Global Identification Number for Consignment, up to 30 AI-82 characters, no check digit (AI 401).
 *
 * @param value the key, validated against the format of AI (401)
 */
public record Ginc(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Ginc {
        ApplicationIdentifiers.validate("401", value);
    }

    @Override
    public String ai() {
        return "401";
    }
}
