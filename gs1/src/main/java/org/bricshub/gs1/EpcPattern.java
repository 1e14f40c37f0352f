package org.bricshub.gs1;

import java.util.Arrays;
import java.util.Locale;

/**
 * EPC pattern URIs (GS1 EPC Tag Data Standard 2.x §8, {@code urn:epc:idpat:<scheme>:...}) as EPCIS 2.0
 * MATCH_epc / MATCH_epcClass / MATCH_anyEPC query values use them: each part is a value or {@code *}, and
 * after a {@code *} every later part is {@code *} too (e.g. {@code urn:epc:idpat:sgtin:4012345.*.*}).
 *
 * <p>A candidate may be an EPC URN or a GS1 Digital Link (any domain, compressed or not): a Digital Link is
 * split with the company-prefix length that the pattern itself gives, so against a Digital Link the prefix
 * part matches the key's leading digits (a Digital Link does not say where its company prefix ends). An SGTIN pattern whose serial part is
 * {@code *} also matches the classes of the same GTIN: {@code urn:epc:class:lgtin:...} (any lot), the GTIN
 * pattern {@code urn:epc:idpat:sgtin:CP.IR.*} and Digital Links of the GTIN with or without lot.
 */
public final class EpcPattern {

    private static final String PREFIX = "urn:epc:idpat:";
    private static final String ANY = "*";

    private EpcPattern() {
    }

    /** Whether the string is a well-formed EPC pattern URI of a scheme this module knows. */
    public static boolean isPattern(String s) {
        return parse(s) != null;
    }

    /**
     * Whether the EPC (URN or Digital Link) matches the pattern.
     *
     * @throws Gs1Exception (SYNTAX) if the pattern is not a well-formed EPC pattern URI
     */
    public static boolean matches(String pattern, String epc) {
        Parsed p = parse(pattern);
        if (p == null) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "not an EPC pattern URI: '" + pattern + "'");
        }
        Parsed c = candidate(epc, p);
        if (c == null) {
            return false;
        }
        boolean classCandidate = c.scheme().equals("lgtin") || c.kind().equals("idpat");
        if (!c.scheme().equals(p.scheme()) && !(p.scheme().equals("sgtin") && c.scheme().equals("lgtin"))) {
            return false;
        }
        for (int i = 0; i < p.parts().length; i++) {
            boolean last = i == p.parts().length - 1;
            if (p.parts()[i].equals(ANY)) {
                continue;
            }
            if (last && classCandidate || !p.parts()[i].equals(c.parts()[i])) {
                return false;
            }
        }
        return true;
    }

    private record Parsed(String kind, String scheme, String[] parts) {
    }

    private static Parsed parse(String pattern) {
        if (pattern == null || !pattern.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        Parsed p = split("idpat", pattern.substring(PREFIX.length()));
        if (p == null) {
            return null;
        }
        int firstAny = Arrays.asList(p.parts()).indexOf(ANY);
        for (int i = 0; i < p.parts().length; i++) {
            boolean any = p.parts()[i].equals(ANY);
            if (firstAny >= 0 && i >= firstAny && !any || (!any && p.parts()[i].contains(ANY) && i < p.parts().length - 1)) {
                return null;
            }
        }
        return p;
    }

    private static Parsed candidate(String epc, Parsed pattern) {
        if (EpcUrn.isEpcUrn(epc)) {
            String rest = epc.substring("urn:epc:".length());
            int colon = rest.indexOf(':');
            return split(rest.substring(0, colon).toLowerCase(Locale.ROOT), rest.substring(colon + 1));
        }
        if (epc == null || !epc.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        try {
            DigitalLink dl = DigitalLink.parse(epc);
            String prefix = pattern.parts()[0];
            int prefixLength = prefix.equals(ANY) ? 6 + Math.min(6, Math.max(0, leadingDigits(dl) - 6)) : prefix.length();
            String urn = EpcSchemes.toUrn(dl, prefixLength);
            return candidate(urn, pattern);
        } catch (Gs1Exception e) {
            return null;
        }
    }

    private static int leadingDigits(DigitalLink dl) {
        String v = dl.primaryKey().value();
        int n = 0;
        while (n < v.length() && Character.isDigit(v.charAt(n))) {
            n++;
        }
        return n;
    }

    /** Splits "scheme:body" into decoded parts; null when the scheme or the part count is wrong. */
    private static Parsed split(String kind, String schemeAndBody) {
        int colon = schemeAndBody.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = schemeAndBody.substring(0, colon).toLowerCase(Locale.ROOT);
        int count = EpcSchemes.partCount(scheme);
        String[] parts = schemeAndBody.substring(colon + 1).split("\\.", Math.max(count, 1));
        if (count == 0 || parts.length != count) {
            return null;
        }
        try {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].equals(ANY) ? ANY : PercentCoding.decode(parts[i]);
            }
        } catch (Gs1Exception e) {
            return null;
        }
        return new Parsed(kind, scheme, parts);
    }
}
