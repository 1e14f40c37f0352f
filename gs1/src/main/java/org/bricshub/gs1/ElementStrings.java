package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * GS1 element strings (GS1 General Specifications §7.8): the concatenated form carried in barcodes, with the
 * ASCII group separator GS (29) standing for FNC1 after each AI of variable length, and the human-readable
 * form with each AI in parentheses, "(01)09520123456788(10)ABC123".
 */
public final class ElementStrings {

    /** ASCII 29, the group separator that transmits FNC1 as a field separator. */
    public static final char GS = '\u001D';

    private static final String[] SYMBOLOGY_IDS = {"]C1", "]e0", "]d2", "]Q3", "]J1"};

    private ElementStrings() {
    }

    /**
     * Parses either form: parenthesised, or concatenated with GS separators (an optional leading symbology
     * identifier such as "]d2" or "]Q3" and a leading FNC1 written as GS or "^" are skipped; "^" is also
     * accepted as separator). Every value is validated against its AI.
     *
     * @throws Gs1Exception (UNKNOWN_AI, SYNTAX, or the broken rule of a value)
     */
    public static List<AiElement> parse(String elementString) {
        String s = elementString;
        for (String id : SYMBOLOGY_IDS) {
            if (s.startsWith(id)) {
                s = s.substring(id.length());
            }
        }
        if (s.isEmpty()) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "empty element string");
        }
        List<AiElement> out = s.charAt(0) == '(' ? parseParenthesised(s) : parseConcatenated(s);
        out.forEach(e -> ApplicationIdentifiers.validate(e.ai(), e.value()));
        return List.copyOf(out);
    }

    /** The concatenated form: GS after every element whose AI is not of predefined length, except the last. */
    public static String format(List<AiElement> elements) {
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < elements.size(); i++) {
            AiElement e = elements.get(i);
            s.append(e.ai()).append(e.value());
            if (i < elements.size() - 1 && !ApplicationIdentifiers.get(e.ai()).predefinedLength()) {
                s.append(GS);
            }
        }
        return s.toString();
    }

    /** The human-readable form, "(ai)value" for each element in order. */
    public static String formatHumanReadable(List<AiElement> elements) {
        StringBuilder s = new StringBuilder(64);
        elements.forEach(e -> s.append(e));
        return s.toString();
    }

    /**
     * Converts an element string (either form) to a Digital Link on the given stem, as {@link DigitalLink#of}.
     *
     * @throws Gs1Exception for an invalid element string or one with no Digital Link primary key
     */
    public static DigitalLink toDigitalLink(String elementString, String stem) {
        return DigitalLink.of(stem, parse(elementString));
    }

    private static List<AiElement> parseParenthesised(String s) {
        List<AiElement> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int close = s.indexOf(')', i);
            if (s.charAt(i) != '(' || close < 0) {
                throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "expected '(AI)' at position " + (i + 1) + " of '" + s + "'");
            }
            String ai = s.substring(i + 1, close);
            ApplicationIdentifiers.get(ai);
            int end = close + 1;
            while (end < s.length() && !startsAi(s, end)) {
                end++;
            }
            out.add(new AiElement(ai, s.substring(close + 1, end)));
            i = end;
        }
        return out;
    }

    /** A '(' starts the next AI only when a known AI and ')' follow, so values may hold parentheses. */
    private static boolean startsAi(String s, int at) {
        if (s.charAt(at) != '(') {
            return false;
        }
        int close = s.indexOf(')', at);
        return close > at + 2 && close <= at + 5 && ApplicationIdentifiers.find(s.substring(at + 1, close)).isPresent();
    }

    private static List<AiElement> parseConcatenated(String s) {
        List<AiElement> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (isSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            ApplicationIdentifier ai = ApplicationIdentifiers.atStart(s, i).orElseThrow(() -> new Gs1Exception(
                    Gs1Exception.Rule.UNKNOWN_AI, "no known AI at position " + (from + 1) + " of the element string"));
            i += ai.code().length();
            int end;
            if (ai.predefinedLength()) {
                end = Math.min(s.length(), i + ai.maxLength());
            } else {
                end = i;
                while (end < s.length() && !isSeparator(s.charAt(end))) {
                    end++;
                }
            }
            if (end == i) {
                throw new Gs1Exception(Gs1Exception.Rule.LENGTH, ai.code(), "no value in the element string");
            }
            out.add(new AiElement(ai.code(), s.substring(i, end)));
            i = end;
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == GS || c == '^';
    }
}
