package org.bricshub.gs1;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * The table of every GS1 Application Identifier, loaded once from the GS1 Barcode Syntax Dictionary bundled
 * with this module (resource {@code org/bricshub/gs1/gs1-syntax-dictionary.txt}).
 */
public final class ApplicationIdentifiers {

    private static final List<ApplicationIdentifier> ALL = List.copyOf(SyntaxDictionary.load());
    private static final Map<String, ApplicationIdentifier> TABLE = index(ALL);
    private static final Set<String> QUALIFIERS = qualifiers(ALL);

    private ApplicationIdentifiers() {
    }

    private static Map<String, ApplicationIdentifier> index(List<ApplicationIdentifier> all) {
        Map<String, ApplicationIdentifier> table = new HashMap<>(all.size() * 2);
        for (ApplicationIdentifier ai : all) {
            table.put(ai.code(), ai);
        }
        return Collections.unmodifiableMap(table);
    }

    private static Set<String> qualifiers(List<ApplicationIdentifier> all) {
        Set<String> qualifiers = new HashSet<>();
        for (ApplicationIdentifier ai : all) {
            for (List<String> sequence : ai.qualifierSequences()) {
                qualifiers.addAll(sequence);
            }
        }
        return Set.copyOf(qualifiers);
    }

    /** Every AI of the dictionary, in its order (lexical order of the code). */
    public static List<ApplicationIdentifier> all() {
        return ALL;
    }

    /** The AI with this code, if the dictionary has it. */
    public static Optional<ApplicationIdentifier> find(String code) {
        return Optional.ofNullable(TABLE.get(code));
    }

    /**
     * The AI with this code.
     *
     * @throws Gs1Exception (UNKNOWN_AI) if the dictionary has no such AI
     */
    public static ApplicationIdentifier get(String code) {
        ApplicationIdentifier ai = TABLE.get(code);
        if (ai == null) {
            throw new Gs1Exception(Gs1Exception.Rule.UNKNOWN_AI, code, "not a GS1 Application Identifier");
        }
        return ai;
    }

    /**
     * Checks a value against its AI's format: length, character set, check digit, dates and other linters.
     *
     * @throws Gs1Exception naming the AI and the broken rule
     */
    public static void validate(String code, String value) {
        get(code).validate(value);
    }

    /**
     * Checks the mandatory and invalid AI pairings (GS1 General Specifications §4.14) over elements that
     * describe one item, e.g. those of an element string or a Digital Link. GS1 evaluates pairings over all
     * the carriers on an item, so this is a separate check, not part of parsing.
     *
     * @throws Gs1Exception (ASSOCIATION) naming the AI whose requirement or exclusion is broken
     */
    public static void checkAssociations(List<AiElement> elements) {
        AiAssociations.check(elements);
    }

    /** Whether the AI is a key qualifier of some Digital Link primary key (e.g. 10, 21, 254, 8011). */
    public static boolean isQualifier(String code) {
        return QUALIFIERS.contains(code);
    }

    /** The AI whose code starts the text at {@code from}, if any (AIs are prefix-free). */
    static Optional<ApplicationIdentifier> atStart(CharSequence text, int from) {
        for (int len = 2; len <= 4 && from + len <= text.length(); len++) {
            ApplicationIdentifier ai = TABLE.get(text.subSequence(from, from + len).toString());
            if (ai != null) {
                return Optional.of(ai);
            }
        }
        return Optional.empty();
    }
}
