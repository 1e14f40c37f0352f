package org.bricshub.gs1;

/**
 * Global Model Number, up to 25 AI-82 characters ending in a mod-1021 check-character pair (AI 8013).
 *
 * @param value the key, validated against the format of AI (8013)
 */
public record Gmn(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Gmn {
        ApplicationIdentifiers.validate("8013", value);
    }

    @Override
    public String ai() {
        return "8013";
    }
}
