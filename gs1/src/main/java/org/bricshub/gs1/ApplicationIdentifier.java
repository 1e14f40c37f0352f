package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the GS1 Barcode Syntax Dictionary: an Application Identifier with its format and attributes.
 *
 * @param code the AI, 2 to 4 digits
 * @param title the short title, e.g. "BATCH/LOT"
 * @param predefinedLength true if the element string needs no FNC1 separator after it (flag "*")
 * @param dataAttribute true if the AI may be a GS1 Digital Link data attribute (flag "?")
 * @param components the format, component by component
 * @param primaryKey true if the AI is a GS1 Digital Link primary key ("dlpkey")
 * @param qualifierSequences the alternative ordered qualifier sequences of a primary key, e.g. for 01:
 *     [[22, 10, 21], [235]]; empty if none
 * @param requires the "req" attribute groups as written, e.g. ["01+21", "02"]
 * @param excludes the "ex" attribute AIs or patterns as written
 */
public record ApplicationIdentifier(String code, String title, boolean predefinedLength, boolean dataAttribute,
        List<Component> components, boolean primaryKey, List<List<String>> qualifierSequences,
        List<String> requires, List<String> excludes) {

    /** The character sets of GS1 General Specifications §7.11 (Figures 7.11-1 to 7.11-3). */
    public enum CharacterSet {
        /** Digits 0-9. */
        NUMERIC("N", "numeric", "0123456789"),
        /** GS1 AI encodable character set 82. */
        AI_82("X", "AI-82", "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"),
        /** GS1 AI encodable character set 39. */
        AI_39("Y", "AI-39", "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        /** GS1 AI encodable character set 64 (file-safe/URI-safe base64). */
        AI_64("Z", "AI-64", "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

        private final String letter;
        private final String label;
        private final String alphabet;

        CharacterSet(String letter, String label, String alphabet) {
            this.letter = letter;
            this.label = label;
            this.alphabet = alphabet;
        }

        /** Every character of the set, in ASCII order (e.g. the radix of a format-preserving cipher). */
        public String alphabet() {
            return alphabet;
        }

        /** The dictionary letter: N, X, Y or Z. */
        public String letter() {
            return letter;
        }

        /** The name used in error messages, e.g. "AI-82". */
        public String label() {
            return label;
        }

        /** Whether the character belongs to this set. */
        public boolean contains(char c) {
            boolean alnum = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            return switch (this) {
                case NUMERIC -> c >= '0' && c <= '9';
                case AI_39 -> alnum || c == '#' || c == '-' || c == '/';
                case AI_64 -> alnum || c >= 'a' && c <= 'z' || c == '-' || c == '_' || c == '=';
                case AI_82 -> alnum || c >= 'a' && c <= 'z' || "!\"%&'()*+,-./:;<=>?_".indexOf(c) >= 0;
            };
        }
    }

    /**
     * One component of an AI's format, e.g. "N13,csum" or "[X..17]".
     *
     * @param characterSet the allowed characters
     * @param minLength the least length (equal to maxLength for a fixed-length component)
     * @param maxLength the greatest length
     * @param optional true if the component may be absent (only at the end of the data)
     * @param linters the names of the content checks applied, e.g. "csum", "yymmd0", "iso3166"
     */
    public record Component(CharacterSet characterSet, int minLength, int maxLength, boolean optional,
            List<String> linters) {

        /** Validates the lengths and copies the linters. */
        public Component {
            Objects.requireNonNull(characterSet, "characterSet");
            if (minLength < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("bad component length " + minLength + ".." + maxLength);
            }
            linters = List.copyOf(linters);
        }

        /** Whether the component has a fixed length. */
        public boolean fixedLength() {
            return minLength == maxLength;
        }
    }

    /** Copies the lists; the code must be 2 to 4 digits. */
    public ApplicationIdentifier {
        if (code == null || code.length() < 2 || code.length() > 4 || !CheckDigit.isDigits(code)) {
            throw new IllegalArgumentException("an AI is 2 to 4 digits: " + code);
        }
        Objects.requireNonNull(title, "title");
        components = List.copyOf(components);
        List<List<String>> sequences = new ArrayList<>(qualifierSequences.size());
        for (List<String> sequence : qualifierSequences) {
            sequences.add(List.copyOf(sequence));
        }
        qualifierSequences = List.copyOf(sequences);
        requires = List.copyOf(requires);
        excludes = List.copyOf(excludes);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("AI " + code + " has no format components");
        }
    }

    /** The least total length of a value. */
    public int minLength() {
        int sum = 0;
        for (Component c : components) {
            sum += c.optional() ? 0 : c.minLength();
        }
        return sum;
    }

    /** The greatest total length of a value. */
    public int maxLength() {
        int sum = 0;
        for (Component c : components) {
            sum += c.maxLength();
        }
        return sum;
    }

    /** Whether the value has one fixed length (all components fixed, none optional). */
    public boolean fixedLength() {
        for (Component c : components) {
            if (!c.fixedLength() || c.optional()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code ai} is one of this primary key's qualifiers (in any sequence). */
    public boolean hasQualifier(String ai) {
        for (List<String> sequence : qualifierSequences) {
            if (sequence.contains(ai)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks a value against this AI's format: length, character set and every linter.
     *
     * @throws Gs1Exception naming this AI and the broken rule
     */
    public void validate(String value) {
        AiFormat.validate(this, value);
    }
}
