package org.bricshub.gs1;

/**
 * Global Individual Asset Identifier: a company prefix and an asset reference, up to 30 AI-82 characters, no check digit (AI 8004).
 *
 * @param value the key, validated against the format of AI (8004)
 */
public record Giai(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Giai {
        ApplicationIdentifiers.validate("8004", value);
    }

    @Override
    public String ai() {
        return "8004";
    }
}
