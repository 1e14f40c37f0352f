package org.bricshub.resolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads the ranked values of Accept and Accept-Language headers (RFC 9110 §12.4.2: quality values). */
final class Preferences {
    private Preferences() {
    }

    /** A value and its quality. */
    record Ranked(String value, double q) {
    }

    /** The values with q > 0, lower-cased, best first; equal qualities keep the header's order. */
    static List<Ranked> ranked(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Ranked> out = new ArrayList<>(4);
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String value = params[0].strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    q = quality(p.substring(2));
                }
            }
            if (q > 0) {
                out.add(new Ranked(value, q));
            }
        }
        out.sort(Comparator.comparingDouble(Ranked::q).reversed());
        return out;
    }

    private static double quality(String text) {
        try {
            double q = Double.parseDouble(text.strip());
            return q < 0 || q > 1 ? 0 : q;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
