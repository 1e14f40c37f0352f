package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Structure rules and decoding of GS1 Digital Link URIs (GS1 DL URI Syntax 1.4 §4 and §6, and the
 * "dlpkey" attributes of the syntax dictionary, which fix each key's qualifier sequences).
 */
final class DigitalLinkSyntax {

    private DigitalLinkSyntax() {
    }

    static String checkStem(String stem) {
        if (stem == null) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "no URI stem");
        }
        int hostStart = stem.regionMatches(true, 0, "https://", 0, 8) ? 8
                : stem.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (hostStart < 0 || stem.length() == hostStart || stem.charAt(hostStart) == '/' || stem.endsWith("/")
                || stem.indexOf('?') >= 0 || stem.indexOf('#') >= 0 || stem.indexOf(' ') >= 0) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX,
                    "a Digital Link starts with http:// or https:// and a domain, got '" + stem + "'");
        }
        return stem;
    }

    /** Pads a GTIN-8/12/13 to 14 digits (DL URI Syntax: GTINs are expressed as 14 digits). */
    static AiElement normalise(AiElement key) {
        if (key.ai().equals("01") && key.value().length() < 14 && CheckDigit.isDigits(key.value())
                && (key.value().length() == 8 || key.value().length() == 12 || key.value().length() == 13)) {
            return new AiElement("01", "0".repeat(14 - key.value().length()) + key.value());
        }
        return key;
    }

    static void checkStructure(AiElement key, List<AiElement> qualifiers, List<AiElement> attributes) {
        ApplicationIdentifier pk = ApplicationIdentifiers.get(key.ai());
        if (!pk.primaryKey()) {
            throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE, key.ai(), "not a Digital Link primary key");
        }
        pk.validate(key.value());
        if (!qualifiers.isEmpty() && !fitsOneSequence(pk, qualifiers)) {
            throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE, key.ai(), "qualifiers " + ais(qualifiers)
                    + " do not follow one of the key's sequences " + pk.qualifierSequences() + " in order");
        }
        for (AiElement q : qualifiers) {
            ApplicationIdentifiers.validate(q.ai(), q.value());
        }
        List<String> seen = new ArrayList<>();
        seen.add(key.ai());
        qualifiers.forEach(q -> seen.add(q.ai()));
        for (AiElement a : attributes) {
            ApplicationIdentifier ai = ApplicationIdentifiers.get(a.ai());
            if (!ai.dataAttribute() || ai.primaryKey() || pk.hasQualifier(a.ai())) {
                throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE, a.ai(),
                        "not permitted as a data attribute of a Digital Link with key (" + key.ai() + ")");
            }
            if (seen.contains(a.ai())) {
                throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE, a.ai(), "given twice");
            }
            seen.add(a.ai());
            ai.validate(a.value());
        }
    }

    private static boolean fitsOneSequence(ApplicationIdentifier pk, List<AiElement> qualifiers) {
        for (List<String> sequence : pk.qualifierSequences()) {
            int at = 0;
            boolean fits = true;
            for (AiElement q : qualifiers) {
                int i = sequence.subList(at, sequence.size()).indexOf(q.ai());
                if (i < 0) {
                    fits = false;
                    break;
                }
                at += i + 1;
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    static DigitalLink fromElements(String stem, List<AiElement> elements) {
        return fromElements(stem, elements, List.of());
    }

    static DigitalLink fromElements(String stem, List<AiElement> elements, List<DigitalLink.Parameter> others) {
        AiElement key = elements.stream()
                .filter(e -> ApplicationIdentifiers.find(e.ai()).map(ApplicationIdentifier::primaryKey).orElse(false))
                .findFirst()
                .orElseThrow(() -> new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE,
                        "no Digital Link primary key among " + ais(elements)));
        ApplicationIdentifier pk = ApplicationIdentifiers.get(key.ai());
        List<AiElement> qualifiers = new ArrayList<>();
        List<AiElement> attributes = new ArrayList<>();
        for (AiElement e : elements) {
            if (e != key) {
                (pk.hasQualifier(e.ai()) ? qualifiers : attributes).add(e);
            }
        }
        qualifiers.sort((a, b) -> Integer.compare(sequencePosition(pk, a.ai()), sequencePosition(pk, b.ai())));
        return new DigitalLink(stem, key, qualifiers, attributes, others);
    }

    private static int sequencePosition(ApplicationIdentifier pk, String ai) {
        for (List<String> sequence : pk.qualifierSequences()) {
            if (sequence.contains(ai)) {
                return sequence.indexOf(ai);
            }
        }
        return -1;
    }

    static DigitalLink parse(String uri) {
        if (uri == null) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "no URI");
        }
        int hash = uri.indexOf('#');
        String noFragment = hash < 0 ? uri : uri.substring(0, hash);
        int q = noFragment.indexOf('?');
        String beforeQuery = q < 0 ? noFragment : noFragment.substring(0, q);
        int schemeEnd = beforeQuery.indexOf("://");
        int pathStart = schemeEnd < 0 ? -1 : beforeQuery.indexOf('/', schemeEnd + 3);
        if (pathStart < 0) {
            checkStem(beforeQuery);
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "no GS1 key in the path of '" + uri + "'");
        }
        String[] segments = beforeQuery.substring(pathStart + 1).split("/", -1);
        int n = segments.length;
        int keyAt = -1;
        for (int i = n - 2; i >= 0; i -= 2) {
            String code = ConvenienceAlphas.numeric(segments[i]);
            ApplicationIdentifier ai = ApplicationIdentifiers.find(code).orElse(null);
            if (ai != null && ai.primaryKey()) {
                keyAt = i;
                break;
            }
            if (ai == null || !ApplicationIdentifiers.isQualifier(code)) {
                break;
            }
        }
        if (keyAt < 0) {
            String compressedFailure = "";
            if (DigitalLinkCompression.looksCompressed(segments[n - 1])) {
                try {
                    return DigitalLinkCompression.decompress(uri);
                } catch (Gs1Exception e) {
                    compressedFailure = ", nor is it a compressed Digital Link (" + e.getMessage() + ")";
                }
            }
            throw new Gs1Exception(Gs1Exception.Rule.PATH_STRUCTURE,
                    "no GS1 primary key and qualifiers at the end of the path of '" + uri + "'" + compressedFailure);
        }
        String stem = beforeQuery.substring(0, pathStart) + prefix(segments, keyAt);
        AiElement key = element(segments[keyAt], segments[keyAt + 1]);
        List<AiElement> qualifiers = new ArrayList<>();
        for (int i = keyAt + 2; i < n; i += 2) {
            qualifiers.add(element(segments[i], segments[i + 1]));
        }
        List<AiElement> attributes = new ArrayList<>();
        List<DigitalLink.Parameter> others = new ArrayList<>();
        if (q >= 0) {
            queryParameters(noFragment.substring(q + 1), attributes, others);
        }
        return new DigitalLink(stem, key, qualifiers, attributes, others);
    }

    static void queryParameters(String query, List<AiElement> attributes, List<DigitalLink.Parameter> others) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = ConvenienceAlphas.numeric(PercentCoding.decode(eq < 0 ? pair : pair.substring(0, eq)));
            String value = eq < 0 ? "" : PercentCoding.decode(pair.substring(eq + 1));
            if (CheckDigit.isDigits(name)) {
                ApplicationIdentifiers.get(name);
                attributes.add(new AiElement(name, value));
            } else {
                others.add(new DigitalLink.Parameter(name, value));
            }
        }
    }

    private static AiElement element(String segment, String encodedValue) {
        String ai = ConvenienceAlphas.numeric(segment);
        ApplicationIdentifiers.get(ai);
        return new AiElement(ai, PercentCoding.decode(encodedValue));
    }

    private static String prefix(String[] segments, int end) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < end; i++) {
            prefix.append('/').append(segments[i]);
        }
        return prefix.toString();
    }

    private static String ais(List<AiElement> elements) {
        return elements.stream().map(AiElement::ai).toList().toString();
    }
}
