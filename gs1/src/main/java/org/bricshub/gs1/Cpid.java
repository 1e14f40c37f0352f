package org.bricshub.gs1;

/**
 * Component/Part Identifier, up to 30 AI-39 characters (AI 8010).
 *
 * @param value the key, validated against the format of AI (8010)
 */
public record Cpid(String value) implements Gs1Key {

    /** @throws Gs1Exception naming the broken rule (check digit, length, character set) */
    public Cpid {
        ApplicationIdentifiers.validate("8010", value);
    }

    @Override
    public String ai() {
        return "8010";
    }
}
