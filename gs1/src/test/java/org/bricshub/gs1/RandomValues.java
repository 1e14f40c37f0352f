package org.bricshub.gs1;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Generates random valid values for any AI from its syntax-dictionary format, for property tests. */
final class RandomValues {

    private static final String DIGITS = ApplicationIdentifier.CharacterSet.NUMERIC.alphabet();
    private static final String AI82 = ApplicationIdentifier.CharacterSet.AI_82.alphabet();
    private static final int TRIES = 400;

    private final Random random;
    private final java.util.Set<String> unreachable = new java.util.HashSet<>();

    RandomValues(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A valid value for the AI, or empty if its linters reject every candidate tried. */
    Optional<String> valueFor(String code) {
        ApplicationIdentifier ai = ApplicationIdentifiers.get(code);
        for (int i = 0; i < TRIES && !unreachable.contains(code); i++) {
            String candidate = candidate(ai);
            try {
                ai.validate(candidate);
                return Optional.of(candidate);
            } catch (Gs1Exception e) {
                // linters such as iso3166 or iban reject most random candidates: try another
            }
        }
        unreachable.add(code);
        return Optional.empty();
    }

    private String candidate(ApplicationIdentifier ai) {
        StringBuilder value = new StringBuilder();
        for (ApplicationIdentifier.Component c : ai.components()) {
            if (c.optional() && random.nextBoolean()) {
                break;
            }
            int length = c.fixedLength() ? c.minLength() : 1 + random.nextInt(c.maxLength());
            value.append(component(c, length));
        }
        return value.toString();
    }

    private String component(ApplicationIdentifier.Component c, int length) {
        List<String> linters = c.linters();
        if (linters.contains("yymmd0") || linters.contains("yymmdd")) {
            return String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (linters.contains("yyyymmdd")) {
            return String.format("%04d%02d%02d", 1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (linters.contains("hhmi")) {
            return String.format("%02d%02d", random.nextInt(24), random.nextInt(60));
        }
        if (linters.contains("csumalpha")) {
            int n = Math.max(3, length);
            String body = chars(AI82, n - 2);
            return body + CheckDigit.checkCharacterPair(body);
        }
        String alphabet = linters.contains("pcenc") ? AI82.replace("%", "") : c.characterSet().alphabet();
        String s = chars(alphabet, length);
        if (linters.contains("gcppos1")) {
            s = chars(DIGITS, Math.min(length, 7)) + s.substring(Math.min(length, 7));
        }
        if (linters.contains("gcppos2") || linters.contains("csum")) {
            s = chars(DIGITS, length);
        }
        if (linters.contains("csum")) {
            s = CheckDigit.withMod10(s.substring(0, length - 1));
        }
        return s;
    }

    String chars(String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
