package org.bricshub.gs1;

import java.util.Locale;
import java.util.Objects;

/**
 * A GS1 identifier, element string, Digital Link or EPC URN that breaks a rule of the GS1 standards.
 *
 * <p>It is the one exception type of this module. It carries the {@link Rule} that was broken and, when
 * the failure concerns one Application Identifier, that AI; the message names both. An HTTP layer maps it
 * to 400 Bad Request.
 */
public final class Gs1Exception extends IllegalArgumentException {

    /** The kinds of rule a GS1 value can break. */
    public enum Rule {
        /** A mod-10 check digit or the mod-1021 check-character pair of a GMN is wrong. */
        CHECK_DIGIT,
        /** A character outside the AI's character set (numeric, AI-82, AI-39, AI-64). */
        CHARACTER_SET,
        /** A value or component shorter or longer than the AI's format allows. */
        LENGTH,
        /** A date or time component that is not a real date or time. */
        DATE,
        /** Content that fails another linter of the GS1 syntax dictionary (country code, currency, ...). */
        CONTENT,
        /** An AI that is not in the GS1 syntax dictionary. */
        UNKNOWN_AI,
        /** A mandatory AI pairing missing or an invalid pairing present ("req" / "ex" of the dictionary). */
        ASSOCIATION,
        /** A Digital Link path whose primary key or key qualifiers break the standard's order or set. */
        PATH_STRUCTURE,
        /** Malformed syntax: URI, element string, EPC URN, percent-encoding or compressed binary. */
        SYNTAX
    }

    private final Rule rule;
    private final String ai;

    /**
     * Creates an exception for a broken rule.
     *
     * @param rule the rule broken
     * @param ai the Application Identifier concerned, or {@code null} if none
     * @param detail what was wrong, with the offending value where it helps
     */
    public Gs1Exception(Rule rule, String ai, String detail) {
        super(message(rule, ai, detail));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.ai = ai;
    }

    /** Creates an exception for a broken rule that concerns no single AI. */
    public Gs1Exception(Rule rule, String detail) {
        this(rule, null, detail);
    }

    /** The rule broken. */
    public Rule rule() {
        return rule;
    }

    /** The Application Identifier concerned, or {@code null}. */
    public String ai() {
        return ai;
    }

    private static String message(Rule rule, String ai, String detail) {
        String where = ai == null ? "" : "AI (" + ai + "): ";
        return where + detail + " [" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
    }
}
