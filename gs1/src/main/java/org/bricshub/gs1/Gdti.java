package org.bricshub.gs1;

/**
 * Global Document Type Identifier: 13 digits with check digit and an optional serial of up to 17 AI-82 characters (AI 253).
 *
 * @param value the key, validated against the format of AI (253)
 */
public record Gdti(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gdti {
        ApplicationIdentifiers.validate("253", value);
    }

    @Override
    public String ai() {
        return "253";
    }
}
