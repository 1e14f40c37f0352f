package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The EPC schemes of TDS 2.x §6.3 and their mapping to GS1 keys (TDS §7 "Correspondence ..."). */
final class EpcSchemes {

    private static final String ANY = "*";
    /** Schemes whose serial part may be the wildcard, standing for the class-level key. */
    private static final Set<String> SERIAL_PATTERNS =
            Set.of("sgtin", "upui", "sgln", "grai", "gdti", "sgcn", "cpi", "itip");

    private static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("sgtin", 3), Map.entry("lgtin", 3), Map.entry("upui", 3),
            Map.entry("sscc", 2), Map.entry("sgln", 3), Map.entry("grai", 3),
            Map.entry("giai", 2), Map.entry("gsrn", 2), Map.entry("gsrnp", 2),
            Map.entry("gdti", 3), Map.entry("cpi", 3), Map.entry("sgcn", 3),
            Map.entry("ginc", 2), Map.entry("gsin", 2), Map.entry("itip", 5),
            Map.entry("pgln", 2));

    private EpcSchemes() {
    }

    /** Whether URNs of this kind (id, class, idpat) and scheme have a Digital Link equivalent. */
    static boolean convertible(String kind, String scheme) {
        return switch (kind) {
            case "id" -> PARTS.containsKey(scheme) && !scheme.equals("lgtin");
            case "class" -> scheme.equals("lgtin");
            case "idpat" -> SERIAL_PATTERNS.contains(scheme);
            default -> false;
        };
    }

    /** The number of dot-separated parts of a scheme's URN body, or 0 for a scheme this module does not know. */
    static int partCount(String scheme) {
        return PARTS.getOrDefault(scheme, 0);
    }

    static List<AiElement> toElements(String kind, String scheme, String body, String urn) {
        // the last part (serial, lot, asset reference) may itself hold dots
        String[] p = body.split("\\.", PARTS.getOrDefault(scheme, 1));
        boolean classLevel = kind.equals("idpat");
        if (classLevel && (!SERIAL_PATTERNS.contains(scheme) || !p[p.length - 1].equals(ANY) || body.indexOf('*') != body.length() - 1)) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX,
                    "only a pattern whose sole wildcard is the serial has a Digital Link equivalent: '" + urn + "'");
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = PercentCoding.decode(p[i]);
        }
        if (kind.equals("class")) {
            if (!scheme.equals("lgtin")) {
                throw unsupported(urn);
            }
            parts(p, 3, urn);
            return List.of(new AiElement("01", shifted(p[0], p[1], 13, urn)), new AiElement("10", p[2]));
        }
        List<AiElement> out = new ArrayList<>(2);
        switch (scheme) {
            case "sgtin", "upui" -> {
                parts(p, 3, urn);
                out.add(new AiElement("01", shifted(p[0], p[1], 13, urn)));
                addUnlessClass(out, scheme.equals("sgtin") ? "21" : "235", p[2], classLevel);
            }
            case "sscc" -> {
                parts(p, 2, urn);
                out.add(new AiElement("00", shifted(p[0], p[1], 17, urn)));
            }
            case "sgln" -> {
                parts(p, 3, urn);
                out.add(new AiElement("414", withCheck(p[0], p[1], 12, urn)));
                if (!classLevel && !p[2].equals("0")) {
                    out.add(new AiElement("254", p[2]));
                }
            }
            case "grai" -> {
                parts(p, 3, urn);
                out.add(new AiElement("8003", "0" + withCheck(p[0], p[1], 12, urn) + (classLevel ? "" : p[2])));
            }
            case "gdti", "sgcn" -> {
                parts(p, 3, urn);
                out.add(new AiElement(scheme.equals("gdti") ? "253" : "255",
                        withCheck(p[0], p[1], 12, urn) + (classLevel ? "" : p[2])));
            }
            case "giai", "ginc" -> out.add(new AiElement(scheme.equals("giai") ? "8004" : "401", joined(p, urn)));
            case "gsrn", "gsrnp", "gsin", "pgln" -> {
                parts(p, 2, urn);
                String ai = switch (scheme) {
                    case "gsrn" -> "8018";
                    case "gsrnp" -> "8017";
                    case "gsin" -> "402";
                    default -> "417";
                };
                out.add(new AiElement(ai, withCheck(p[0], p[1], ai.equals("402") ? 16 : ai.equals("417") ? 12 : 17, urn)));
            }
            case "cpi" -> {
                parts(p, 3, urn);
                checkPrefix(p[0], urn);
                out.add(new AiElement("8010", p[0] + p[1]));
                addUnlessClass(out, "8011", p[2], classLevel);
            }
            case "itip" -> {
                parts(p, 5, urn);
                out.add(new AiElement("8006", shifted(p[0], p[1], 13, urn) + p[2] + p[3]));
                addUnlessClass(out, "21", p[4], classLevel);
            }
            default -> throw unsupported(urn);
        }
        return List.copyOf(out);
    }

    static String toUrn(DigitalLink dl, int gcpLength) {
        if (gcpLength < 6 || gcpLength > 12) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, "a GS1 Company Prefix has 6 to 12 digits, got " + gcpLength);
        }
        AiElement key = dl.primaryKey();
        String v = key.value();
        String q21 = dl.qualifier("21");
        return switch (key.ai()) {
            case "01" -> {
                String cpIr = indicatorShift(v, gcpLength);
                if (dl.qualifier("235") != null) {
                    yield "urn:epc:id:upui:" + cpIr + "." + enc(dl.qualifier("235"));
                }
                if (q21 != null) {
                    yield "urn:epc:id:sgtin:" + cpIr + "." + enc(q21);
                }
                String lot = dl.qualifier("10");
                yield lot != null ? "urn:epc:class:lgtin:" + cpIr + "." + enc(lot) : "urn:epc:idpat:sgtin:" + cpIr + ".*";
            }
            case "00" -> "urn:epc:id:sscc:" + indicatorShift(v, gcpLength);
            case "414" -> {
                String ext = dl.qualifier("254");
                yield "urn:epc:id:sgln:" + split(v, 12, gcpLength) + "." + (ext == null ? "0" : enc(ext));
            }
            case "417" -> "urn:epc:id:pgln:" + split(v, 12, gcpLength);
            case "8003" -> serialOrPattern("grai", split(v.substring(1), 12, gcpLength), v.substring(14));
            case "253" -> serialOrPattern("gdti", split(v, 12, gcpLength), v.substring(13));
            case "255" -> serialOrPattern("sgcn", split(v, 12, gcpLength), v.substring(13));
            case "8004" -> "urn:epc:id:giai:" + splitFree(v, gcpLength);
            case "401" -> "urn:epc:id:ginc:" + splitFree(v, gcpLength);
            case "8017", "8018" -> "urn:epc:id:" + (key.ai().equals("8017") ? "gsrnp:" : "gsrn:") + split(v, 17, gcpLength);
            case "402" -> "urn:epc:id:gsin:" + split(v, 16, gcpLength);
            case "8006" -> serialOrPattern("itip", indicatorShift(v.substring(0, 14), gcpLength) + "."
                    + v.substring(14, 16) + "." + v.substring(16, 18), q21 == null ? "" : q21);
            case "8010" -> serialOrPattern("cpi", splitFree(v, gcpLength),
                    dl.qualifier("8011") == null ? "" : dl.qualifier("8011"));
            default -> throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, key.ai(),
                    "this key has no EPC URN scheme in TDS 2.x");
        };
    }

    private static String serialOrPattern(String scheme, String head, String serial) {
        return serial.isEmpty() ? "urn:epc:idpat:" + scheme + ":" + head + ".*"
                : "urn:epc:id:" + scheme + ":" + head + "." + enc(serial);
    }

    /** GTIN-14 / SSCC: the first digit (indicator, extension) moves behind the company prefix; check digit dropped. */
    private static String indicatorShift(String key, int gcpLength) {
        return key.substring(1, 1 + gcpLength) + "." + key.charAt(0) + key.substring(1 + gcpLength, key.length() - 1);
    }

    /** Fixed-length keys: company prefix, then the rest of the {@code digits} digits before the check digit. */
    private static String split(String key, int digits, int gcpLength) {
        return key.substring(0, gcpLength) + "." + key.substring(gcpLength, digits);
    }

    private static String splitFree(String key, int gcpLength) {
        if (key.length() < gcpLength || !CheckDigit.isDigits(key, 0, gcpLength)) {
            throw new Gs1Exception(Gs1Exception.Rule.CONTENT,
                    "key '" + key + "' does not start with a " + gcpLength + "-digit company prefix");
        }
        return key.substring(0, gcpLength) + "." + enc(key.substring(gcpLength));
    }

    private static String enc(String v) {
        return PercentCoding.encodeUrnValue(v);
    }

    private static void addUnlessClass(List<AiElement> out, String ai, String value, boolean classLevel) {
        if (!classLevel) {
            out.add(new AiElement(ai, value));
        }
    }

    private static String shifted(String cp, String indicatorAndRef, int digits, String urn) {
        checkDigits(cp, indicatorAndRef, digits, urn);
        return CheckDigit.withMod10(indicatorAndRef.charAt(0) + cp + indicatorAndRef.substring(1));
    }

    private static String withCheck(String cp, String ref, int digits, String urn) {
        checkDigits(cp, ref, digits, urn);
        return CheckDigit.withMod10(cp + ref);
    }

    private static String joined(String[] p, String urn) {
        parts(p, 2, urn);
        checkPrefix(p[0], urn);
        return p[0] + p[1];
    }

    private static void checkDigits(String cp, String ref, int digits, String urn) {
        checkPrefix(cp, urn);
        if (cp.length() + ref.length() != digits || !CheckDigit.isDigits(ref) || ref.isEmpty() && digits > 12) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, "company prefix and reference must be "
                    + digits + " digits together in '" + urn + "'");
        }
    }

    private static void checkPrefix(String cp, String urn) {
        if (cp.length() < 6 || cp.length() > 12 || !CheckDigit.isDigits(cp)) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "the company prefix must be 6 to 12 digits in '" + urn + "'");
        }
    }

    private static void parts(String[] p, int n, String urn) {
        if (p.length != n) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "expected " + n + " dot-separated parts in '" + urn + "'");
        }
    }

    private static Gs1Exception unsupported(String urn) {
        return new Gs1Exception(Gs1Exception.Rule.SYNTAX, "no GS1 Digital Link equivalent for '" + urn + "'");
    }
}
