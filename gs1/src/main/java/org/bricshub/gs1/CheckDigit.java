package org.bricshub.gs1;

/**
 * GS1 check digits: the mod-10 check digit of every numeric GS1 key (GS1 General Specifications §7.9.1)
 * and the mod-1021 check-character pair of the Global Model Number, AI (8013) (§7.9.5).
 */
public final class CheckDigit {

    private static final String AI82_ORDER = ApplicationIdentifier.CharacterSet.AI_82.alphabet();
    private static final String CHECK_PAIR_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83
    };

    private CheckDigit() {
    }

    /**
     * Computes the mod-10 check digit for the given digits (the key without its check digit): weights 3 and 1
     * alternate from the rightmost digit, the check digit brings the sum to a multiple of 10.
     *
     * @throws Gs1Exception (CHARACTER_SET) if a character is not a digit, (LENGTH) if empty
     */
    public static int mod10(CharSequence digits) {
        if (digits.isEmpty()) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, "no digits to compute a check digit over");
        }
        int sum = 0;
        int weight = 3;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new Gs1Exception(Gs1Exception.Rule.CHARACTER_SET, "not a digit in '" + digits + "'");
            }
            sum += d * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** Returns the digits followed by their mod-10 check digit. */
    public static String withMod10(String digits) {
        return digits + mod10(digits);
    }

    /** Whether the last digit of a numeric key is its correct mod-10 check digit (false for non-digits). */
    public static boolean isValidMod10(String keyWithCheckDigit) {
        int n = keyWithCheckDigit.length();
        if (n < 2 || !isDigits(keyWithCheckDigit)) {
            return false;
        }
        return mod10(keyWithCheckDigit.subSequence(0, n - 1)) == keyWithCheckDigit.charAt(n - 1) - '0';
    }

    /**
     * Computes the two check characters of a GMN (AI 8013) over its AI-82 characters: the weighted sum of
     * the characters' positions in the AI-82 table, with prime weights from the right, taken mod 1021, is
     * written as two characters of a 32-character alphabet.
     *
     * @param gmnWithoutPair the GMN without its last two characters (1..23 characters of AI-82)
     * @throws Gs1Exception (CHARACTER_SET) for a character outside AI-82, (LENGTH) beyond 23 characters
     */
    public static String checkCharacterPair(String gmnWithoutPair) {
        int n = gmnWithoutPair.length();
        if (n == 0 || n > PRIMES.length) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, "8013",
                    "a GMN has 1 to 23 characters before its check pair, got " + n);
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int v = AI82_ORDER.indexOf(gmnWithoutPair.charAt(i));
            if (v < 0) {
                throw new Gs1Exception(Gs1Exception.Rule.CHARACTER_SET, "8013",
                        "character '" + gmnWithoutPair.charAt(i) + "' is outside AI-82");
            }
            sum += v * PRIMES[n - 1 - i];
        }
        sum %= 1021;
        return "" + CHECK_PAIR_ALPHABET.charAt(sum >> 5) + CHECK_PAIR_ALPHABET.charAt(sum & 31);
    }

    /** Whether the last two characters of a GMN are its correct check-character pair. */
    public static boolean isValidCheckCharacterPair(String gmn) {
        int n = gmn.length();
        if (n < 3 || n > PRIMES.length + 2) {
            return false;
        }
        try {
            return checkCharacterPair(gmn.substring(0, n - 2)).equals(gmn.substring(n - 2));
        } catch (Gs1Exception e) {
            return false;
        }
    }

    static boolean isDigits(CharSequence s) {
        return isDigits(s, 0, s.length());
    }

    static boolean isDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
