package org.bricshub.gs1;

/**
 * Global Returnable Asset Identifier: a zero, a 13-digit asset type with check digit, then an optional serial of up to 16 AI-82 characters (AI 8003).
 *
 * @param value the key, validated against the format of AI (8003)
 */
public record Grai(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Grai {
        ApplicationIdentifiers.validate("8003", value);
    }

    @Override
    public String ai() {
        return "8003";
    }
}
