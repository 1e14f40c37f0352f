package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compressed GS1 Digital Link URIs (GS1 Digital Link Standard: Compression, ratified with DL 1.2): the GS1
 * elements written as a bit string (AI digits as 4-bit nibbles, values by {@link CompressedValueCodec}),
 * then as URI-safe base64 in one path segment after the stem.
 *
 * <p>Decoders must know the optimisation codes (one code for a common AI sequence, e.g. 0B for 01 + 10);
 * this encoder only uses them when asked, as the GS1 toolkit's published examples do not.
 */
public final class DigitalLinkCompression {

    /**
     * How to compress.
     *
     * @param keepPrimaryKey leave the primary key uncompressed in the path ("partial compression")
     * @param optimise use the optimisation codes for common AI sequences
     * @param includeOtherParameters put non-AI query parameters into the binary instead of the query string
     */
    public record Options(boolean keepPrimaryKey, boolean optimise, boolean includeOtherParameters) {

        /** Full compression, no optimisation codes, non-AI parameters left in the query string. */
        public static final Options DEFAULT = new Options(false, false, false);
    }

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Map<String, List<String>> OPTIMISATIONS = optimisations();
    private static final int OTHER_PARAMETER = 0xF;

    private DigitalLinkCompression() {
    }

    /** Compresses with {@link Options#DEFAULT}. */
    public static String compress(DigitalLink dl) {
        return compress(dl, Options.DEFAULT);
    }

    /** Compresses a Digital Link on its own stem; its values are already validated by {@link DigitalLink}. */
    public static String compress(DigitalLink dl, Options options) {
        List<AiElement> elements = dl.elements();
        String binary = encode(options.keepPrimaryKey() ? elements.subList(1, elements.size()) : elements,
                options.includeOtherParameters() ? dl.otherParameters() : List.of(), options.optimise());
        StringBuilder uri = new StringBuilder(dl.stem());
        if (options.keepPrimaryKey()) {
            uri.append('/').append(dl.primaryKey().ai()).append('/').append(PercentCoding.encodeUriValue(dl.primaryKey().value()));
        }
        if (!binary.isEmpty()) {
            uri.append('/').append(binary);
        }
        if (!options.includeOtherParameters()) {
            char sep = '?';
            for (DigitalLink.Parameter p : dl.otherParameters()) {
                uri.append(sep).append(PercentCoding.encodeUriValue(p.name())).append('=').append(PercentCoding.encodeUriValue(p.value()));
                sep = '&';
            }
        }
        return uri.toString();
    }

    /** The base64url binary of the elements (AIs in lexical order, after any optimisation) and parameters. */
    static String encode(List<AiElement> elements, List<DigitalLink.Parameter> parameters, boolean optimise) {
        Map<String, String> values = new LinkedHashMap<>();
        elements.forEach(e -> values.put(e.ai(), e.value()));
        List<String> ais = new ArrayList<>(values.keySet());
        ais.sort(Comparator.naturalOrder());
        BitString bits = new BitString();
        for (String code = optimise ? bestOptimisation(ais) : null; code != null; code = bestOptimisation(ais)) {
            bits.write(Integer.parseInt(code, 16), 8);
            for (String ai : OPTIMISATIONS.get(code)) {
                CompressedValueCodec.encode(ai, values.get(ai), bits);
            }
            ais.removeAll(OPTIMISATIONS.get(code));
        }
        for (String ai : ais) {
            ai.chars().forEach(d -> bits.write(d - '0', 4));
            CompressedValueCodec.encode(ai, values.get(ai), bits);
        }
        parameters.forEach(p -> writeOtherParameter(p, bits));
        return bits.toBase64();
    }

    /**
     * Decompresses a fully or partially compressed Digital Link URI into the equivalent uncompressed one.
     *
     * @throws Gs1Exception (SYNTAX) for a malformed binary, or any rule an element of it breaks
     */
    public static DigitalLink decompress(String uri) {
        int hash = uri.indexOf('#');
        String noFragment = hash < 0 ? uri : uri.substring(0, hash);
        int q = noFragment.indexOf('?');
        String path = q < 0 ? noFragment : noFragment.substring(0, q);
        int slash = path.lastIndexOf('/');
        String compressed = path.substring(slash + 1);
        if (slash < 0 || !looksCompressed(compressed)) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "no compressed Digital Link segment in '" + uri + "'");
        }
        String stem = path.substring(0, slash);
        List<AiElement> elements = new ArrayList<>();
        int keySlash = stem.lastIndexOf('/', stem.lastIndexOf('/') - 1);
        if (keySlash > stem.indexOf("://") + 2) {
            String ai = stem.substring(keySlash + 1, stem.lastIndexOf('/'));
            if (ApplicationIdentifiers.find(ai).map(ApplicationIdentifier::primaryKey).orElse(false)) {
                elements.add(new AiElement(ai, PercentCoding.decode(stem.substring(stem.lastIndexOf('/') + 1))));
                stem = stem.substring(0, keySlash);
            }
        }
        List<DigitalLink.Parameter> others = new ArrayList<>();
        read(BitString.fromBase64(compressed), elements, others);
        if (q >= 0) {
            DigitalLinkSyntax.queryParameters(noFragment.substring(q + 1), elements, others);
        }
        return DigitalLinkSyntax.fromElements(stem, elements, others);
    }

    /**
     * Whether a URI is in compressed (or partially compressed) form: its last path segment looks like
     * base64url and does not follow an AI segment. A resolver uses it to decide on {@code Link: <...>;
     * rel="owl:sameAs"}; {@link DigitalLink#parse} then decodes either form.
     */
    public static boolean isCompressed(String uri) {
        int end = uri.length();
        for (char c : new char[] {'#', '?'}) {
            int at = uri.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = uri.substring(0, end);
        int last = path.lastIndexOf('/');
        if (last < 0) {
            return false;
        }
        int previous = path.lastIndexOf('/', last - 1);
        // The value after an AI is not compressed; asking the AI table first spares most links the pattern match.
        return (previous < 0 || ApplicationIdentifiers.find(path.substring(previous + 1, last)).isEmpty())
                && looksCompressed(path.substring(last + 1));
    }

    /** Whether a path segment can be a compressed Digital Link (non-empty base64url, not all digits). */
    static boolean looksCompressed(String segment) {
        return segment.length() >= 2 && BASE64URL.matcher(segment).matches() && !CheckDigit.isDigits(segment);
    }

    static void read(BitString in, List<AiElement> elements, List<DigitalLink.Parameter> others) {
        while (in.remaining() >= 8) {
            int h1 = in.peek(4);
            int h1h2 = in.peek(8);
            if (h1 == OTHER_PARAMETER) {
                in.skip(4);
                int keyLength = in.read(7);
                String name = CompressedValueCodec.readString(keyLength, 3, in);
                int encoding = in.read(3);
                others.add(new DigitalLink.Parameter(name, CompressedValueCodec.readString(in.read(7), encoding, in)));
            } else if (h1 <= 9 && (h1h2 & 0xF) <= 9) {
                String ai = readAi(in);
                elements.add(new AiElement(ai, CompressedValueCodec.decode(ai, in)));
            } else {
                String code = String.format("%02X", in.read(8));
                List<String> sequence = OPTIMISATIONS.get(code);
                if (sequence == null) {
                    throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "unknown optimisation code " + code + " in a compressed Digital Link");
                }
                for (String ai : sequence) {
                    elements.add(new AiElement(ai, CompressedValueCodec.decode(ai, in)));
                }
            }
        }
    }

    private static String readAi(BitString in) {
        StringBuilder ai = new StringBuilder(4);
        while (ai.length() < 4) {
            int digit = in.read(4);
            if (digit > 9) {
                break;
            }
            ai.append((char) ('0' + digit));
            if (ai.length() >= 2 && ApplicationIdentifiers.find(ai.toString()).isPresent()) {
                return ai.toString();
            }
        }
        throw new Gs1Exception(Gs1Exception.Rule.UNKNOWN_AI, ai.toString(), "unknown AI in a compressed Digital Link");
    }

    private static void writeOtherParameter(DigitalLink.Parameter p, BitString out) {
        if (!BASE64URL.matcher(p.name()).matches() || p.name().length() > 127 || p.value().length() > 127) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX,
                    "parameter '" + p.name() + "' cannot be compressed (base64url name, at most 127 characters)");
        }
        out.write(OTHER_PARAMETER, 4);
        out.write(p.name().length(), 7);
        CompressedValueCodec.writeString(p.name(), 3, out);
        int encoding = CompressedValueCodec.encodingOf(p.value());
        out.write(encoding, 3);
        out.write(p.value().length(), 7);
        CompressedValueCodec.writeString(p.value(), encoding, out);
    }

    /** The optimisation whose AIs are all present and whose AI digits are longest, as the toolkit picks it. */
    private static String bestOptimisation(List<String> ais) {
        Set<String> present = new HashSet<>(ais);
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> e : OPTIMISATIONS.entrySet()) {
            int length = String.join("", e.getValue()).length();
            if (present.containsAll(e.getValue()) && length > bestLength) {
                best = e.getKey();
                bestLength = length;
            }
        }
        return best;
    }

    /** The optimisation table of the GS1 Digital Link compression (hex code → AI sequence). */
    private static Map<String, List<String>> optimisations() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        String[] simple = {"0A:01,22", "0B:01,10", "0C:01,21", "0D:01,17", "0E:01,7003", "0F:01,30",
            "1A:01,10,21,17", "1B:01,15", "1C:01,11", "1D:01,16", "1E:01,91", "1F:01,10,15",
            "9A:8010,8011", "9B:8017,8019", "9C:8018,8019", "9D:414,254"};
        for (String s : simple) {
            t.put(s.substring(0, 2), List.of(s.substring(3).split(",")));
        }
        for (int i = 0; i <= 5; i++) {
            t.put("2" + (char) ('A' + i), List.of("01", "310" + i));
            t.put("3" + (char) ('A' + i), List.of("01", "320" + i));
        }
        for (int i = 0; i <= 9; i++) {
            t.put("A" + i, List.of("01", "392" + i));
            t.put("C" + i, List.of("255", "390" + i));
        }
        for (int i = 0; i <= 3; i++) {
            t.put("C" + (char) ('A' + i), List.of("255", "394" + i));
        }
        return Collections.unmodifiableMap(t);
    }
}
