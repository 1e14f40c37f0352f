package org.bricshub.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parser of the Accept-Language field value, RFC 9110 §12.5.4: {@code #( language-range [ weight ] )} with
 * {@code weight = OWS ";" OWS "q=" qvalue} (§12.4.2). Lenient where clients are sloppy, strict where a wrong
 * reading would pick the wrong language: an element with a malformed range or q-value is skipped, not guessed.
 */
final class AcceptLanguage {

    /** Longest field value read; a longer one is cut at the last complete element before this many characters. */
    static final int MAX_CHARS = 1024;

    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    /** One element of the field: a language range and its weight, and its position for stable ordering. */
    record WeightedRange(String range, int weightPerMille, int position) {
        WeightedRange {
            if (weightPerMille < 0 || weightPerMille > 1000) {
                throw new IllegalArgumentException("weight must be within 0..1000 per mille, was " + weightPerMille);
            }
        }
    }

    private AcceptLanguage() {
    }

    /**
     * The ranges of a field value, most preferred first (by weight, then by position); the wildcard and ranges
     * with weight 0 ("not acceptable") are left out.
     */
    static List<WeightedRange> preferredRanges(String fieldValue) {
        List<WeightedRange> ranges = new ArrayList<>();
        if (fieldValue == null) {
            return ranges;
        }
        String[] elements = bounded(fieldValue).split(",", -1);
        for (int i = 0; i < elements.length; i++) {
            WeightedRange range = parseElement(elements[i].trim(), i);
            if (range != null && range.weightPerMille() > 0 && !range.range().equals("*")) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingInt(WeightedRange::weightPerMille).reversed()
                .thenComparingInt(WeightedRange::position));
        return ranges;
    }

    private static String bounded(String fieldValue) {
        if (fieldValue.length() <= MAX_CHARS) {
            return fieldValue;
        }
        // The element cut by the limit could read as a different range ("zh-Hant" cut to "zh"): drop it whole.
        String head = fieldValue.substring(0, MAX_CHARS);
        int lastComma = head.lastIndexOf(',');
        return lastComma < 0 ? "" : head.substring(0, lastComma);
    }

    /** One element, or null when it is empty or malformed. */
    private static WeightedRange parseElement(String element, int position) {
        String[] parts = element.split(";", -1);
        String range = parts[0].trim();
        if (!RANGE.matcher(range).matches()) {
            return null;
        }
        int weight = 1000;
        for (int p = 1; p < parts.length; p++) {
            String parameter = parts[p].trim();
            int eq = parameter.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String name = parameter.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = parameter.substring(eq + 1).trim();
            if (name.equals("q")) {
                if (!QVALUE.matcher(value).matches()) {
                    return null;
                }
                weight = perMille(value);
            }
        }
        return new WeightedRange(range, weight, position);
    }

    private static int perMille(String qvalue) {
        String digits = (qvalue.length() > 2 ? qvalue.substring(2) : "") + "000";
        return (qvalue.charAt(0) - '0') * 1000 + Integer.parseInt(digits.substring(0, 3));
    }
}
