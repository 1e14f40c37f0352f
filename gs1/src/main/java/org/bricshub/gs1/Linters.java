package org.bricshub.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The content checks ("linters") named in the GS1 Barcode Syntax Dictionary, after the GS1 Barcode Syntax
 * Tests. Not checked (the data they need is not public in machine-readable form here): the company-prefix
 * table behind gcppos1/gcppos2 (only the leading digits are checked), the UN/ECE Rec 21 list behind
 * packagetype, and the inner structure of the North American coupon codes (couponcode, couponposoffer).
 */
final class Linters {

    private static final Set<String> KNOWN = Set.of("csum", "csumalpha", "gcppos1", "gcppos2", "hasnondigit",
            "hh", "mi", "ss", "hhmi", "hyphen", "iban", "importeridx", "iso3166", "iso3166999", "iso3166alpha2",
            "iso4217", "iso5218", "latitude", "longitude", "mediatype", "nonzero", "zero", "nozeroprefix",
            "packagetype", "pcenc", "pieceoftotal", "posinseqslash", "winding", "yesno", "yymmd0", "yymmdd",
            "yyyymmdd", "couponcode", "couponposoffer");
    /** The smallest GS1 Company Prefix is a 4-digit GS1-8 prefix: that many leading digits at least. */
    private static final int MIN_PREFIX_DIGITS = 4;

    /** Code lists, loaded on first use so that reading the dictionary stays fast. */
    private static final class CodeLists {
        static final Set<String> COUNTRY_NUMERIC = new HashSet<>();
        static final Set<String> COUNTRY_ALPHA2 = new HashSet<>();
        static final Set<String> CURRENCY_NUMERIC = new HashSet<>();

        static {
            try (InputStream in = Linters.class.getResourceAsStream("iso3166.txt");
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (!l.startsWith("#") && !l.isBlank()) {
                        COUNTRY_NUMERIC.add(l.substring(0, 3));
                        COUNTRY_ALPHA2.add(l.substring(4, 6));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Currency c : Currency.getAvailableCurrencies()) {
                if (c.getNumericCode() > 0) {
                    CURRENCY_NUMERIC.add(c.getNumericCodeAsString());
                }
            }
        }
    }

    private Linters() {
    }

    static boolean knows(String linter) {
        return KNOWN.contains(linter);
    }

    /** Applies one linter to one component of a value of the given AI. */
    static void check(String linter, String ai, String v) {
        switch (linter) {
            case "csum" -> require(CheckDigit.isValidMod10(v), Gs1Exception.Rule.CHECK_DIGIT, ai,
                    () -> "check digit of '" + v + "' is wrong, expected " + (v.length() > 1 && CheckDigit.isDigits(v)
                            ? CheckDigit.mod10(v.substring(0, v.length() - 1)) : "digits"));
            case "csumalpha" -> require(CheckDigit.isValidCheckCharacterPair(v), Gs1Exception.Rule.CHECK_DIGIT, ai,
                    () -> "check character pair of '" + v + "' is wrong (mod 1021)");
            case "gcppos1", "gcppos2" -> {
                int from = linter.equals("gcppos2") ? 1 : 0;
                require(v.length() >= from + MIN_PREFIX_DIGITS && CheckDigit.isDigits(v, from, from + MIN_PREFIX_DIGITS),
                        Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' does not start with a GS1 Company Prefix");
            }
            case "hasnondigit" -> require(!CheckDigit.isDigits(v), Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' needs a non-digit");
            case "hh" -> range(v, 0, 23, ai, "hour");
            case "mi", "ss" -> range(v, 0, 59, ai, linter.equals("mi") ? "minute" : "second");
            case "hhmi" -> {
                range(v.substring(0, 2), 0, 23, ai, "hour");
                range(v.substring(2), 0, 59, ai, "minute");
            }
            case "hyphen" -> require(v.chars().allMatch(c -> c == '-'), Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' must be '-'");
            case "iban" -> require(isIban(v), Gs1Exception.Rule.CHECK_DIGIT, ai, () -> "'" + v + "' is not a valid IBAN");
            case "importeridx" -> require(v.length() == 1 && (Character.isLetterOrDigit(v.charAt(0)) || v.equals("-") || v.equals("_")),
                    Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' is not an importer index");
            case "iso3166" -> member(CodeLists.COUNTRY_NUMERIC, v, ai, "ISO 3166 numeric country code");
            case "iso3166999" -> require(v.equals("999") || CodeLists.COUNTRY_NUMERIC.contains(v), Gs1Exception.Rule.CONTENT, ai,
                    () -> "'" + v + "' is not an ISO 3166 numeric country code nor 999");
            case "iso3166alpha2" -> member(CodeLists.COUNTRY_ALPHA2, v, ai, "ISO 3166 alpha-2 country code");
            case "iso4217" -> member(CodeLists.CURRENCY_NUMERIC, v, ai, "ISO 4217 numeric currency code");
            case "iso5218" -> member(Set.of("0", "1", "2", "9"), v, ai, "ISO/IEC 5218 sex code");
            case "latitude", "longitude" -> require(inRange(v, 0, linter.equals("latitude") ? 1_800_000_000L : 3_600_000_000L),
                    Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' is not a valid " + linter);
            case "mediatype" -> require(inRange(v, 1, 10) || inRange(v, 80, 99), Gs1Exception.Rule.CONTENT, ai,
                    () -> "'" + v + "' is not an AIDC media type (01-10, 80-99)");
            case "nonzero" -> require(!v.chars().allMatch(c -> c == '0'), Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' must not be zero");
            case "zero" -> require(v.chars().allMatch(c -> c == '0'), Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' must be zero");
            case "nozeroprefix" -> require(v.equals("0") || v.charAt(0) != '0', Gs1Exception.Rule.CONTENT, ai,
                    () -> "'" + v + "' must not start with 0");
            case "pcenc" -> require(isPercentEncoded(v), Gs1Exception.Rule.SYNTAX, ai, () -> "'" + v + "' has a bad percent-escape");
            case "pieceoftotal" -> {
                int piece = Integer.parseInt(v.substring(0, v.length() / 2));
                int total = Integer.parseInt(v.substring(v.length() / 2));
                require(piece >= 1 && piece <= total, Gs1Exception.Rule.CONTENT, ai, () -> "piece " + piece + " of total " + total);
            }
            case "posinseqslash" -> require(isPositionInSequence(v), Gs1Exception.Rule.CONTENT, ai,
                    () -> "'" + v + "' is not a position/total");
            case "winding" -> member(Set.of("0", "1", "9"), v, ai, "winding direction (0, 1, 9)");
            case "yesno" -> member(Set.of("0", "1"), v, ai, "yes/no flag (0, 1)");
            case "yymmd0", "yymmdd", "yyyymmdd" -> checkDate(linter, v, ai);
            default -> {
                // packagetype, couponcode, couponposoffer: see the class comment
            }
        }
    }

    private static void checkDate(String linter, String v, String ai) {
        boolean century = linter.equals("yyyymmdd");
        int y = Integer.parseInt(v.substring(0, century ? 4 : 2));
        int m = Integer.parseInt(v.substring(century ? 4 : 2, century ? 6 : 4));
        int d = Integer.parseInt(v.substring(century ? 6 : 4));
        if (linter.equals("yymmd0") && d == 0 && m >= 1 && m <= 12) {
            return;
        }
        try {
            LocalDate.of(century ? y : 2000 + y, m, d);
        } catch (DateTimeException e) {
            throw new Gs1Exception(Gs1Exception.Rule.DATE, ai, "'" + v + "' is not a valid date (" + linter + ")");
        }
    }

    private static boolean isIban(String v) {
        if (v.length() < 5 || !Character.isUpperCase(v.charAt(0)) || !Character.isUpperCase(v.charAt(1))
                || !CodeLists.COUNTRY_ALPHA2.contains(v.substring(0, 2)) || !CheckDigit.isDigits(v.substring(2, 4))) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        String rearranged = v.substring(4) + v.substring(0, 4);
        for (char c : rearranged.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static boolean isPercentEncoded(String v) {
        for (int i = v.indexOf('%'); i >= 0; i = v.indexOf('%', i + 3)) {
            if (i + 2 >= v.length() || Character.digit(v.charAt(i + 1), 16) < 0 || Character.digit(v.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPositionInSequence(String v) {
        int slash = v.indexOf('/');
        if (slash <= 0 || slash == v.length() - 1 || !CheckDigit.isDigits(v.substring(0, slash))
                || !CheckDigit.isDigits(v.substring(slash + 1))) {
            return false;
        }
        int pos = Integer.parseInt(v.substring(0, slash));
        return pos >= 1 && pos <= Integer.parseInt(v.substring(slash + 1));
    }

    private static boolean inRange(String v, long min, long max) {
        long n = Long.parseLong(v);
        return n >= min && n <= max;
    }

    /** Hours, minutes, seconds: a broken one is a date-time error. */
    private static void range(String v, long min, long max, String ai, String what) {
        require(inRange(v, min, max), Gs1Exception.Rule.DATE, ai, () -> "'" + v + "' is not a valid " + what);
    }

    private static void member(Set<String> set, String v, String ai, String what) {
        require(set.contains(v), Gs1Exception.Rule.CONTENT, ai, () -> "'" + v + "' is not a valid " + what);
    }

    /** The detail is built only on failure: validation runs once per code issued or scanned. */
    private static void require(boolean ok, Gs1Exception.Rule rule, String ai, Supplier<String> detail) {
        if (!ok) {
            throw new Gs1Exception(rule, ai, detail.get());
        }
    }
}
