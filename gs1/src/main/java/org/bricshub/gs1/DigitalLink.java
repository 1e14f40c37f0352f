package org.bricshub.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 Digital Link URI (GS1 Digital Link Standard: URI Syntax 1.4): a stem (scheme, domain and any path
 * prefix), a primary key, its key qualifiers in the standard's order, data attributes as query parameters
 * keyed by numeric AI, and other query parameters kept as given.
 *
 * <p>Every element is validated against its AI's format (check digits included) in the constructor; a
 * GTIN-8, -12 or -13 (AI 01) is padded to 14 digits.
 *
 * @param stem "http(s)://domain[/path prefix]", without a trailing slash
 * @param primaryKey the primary key element (an AI flagged "dlpkey" in the syntax dictionary)
 * @param qualifiers the key qualifiers, in the order of one of the key's qualifier sequences
 * @param dataAttributes the data attributes (AIs flagged "?"), in the order given
 * @param otherParameters the non-AI query parameters (e.g. linkType), decoded, in the order given
 */
public record DigitalLink(String stem, AiElement primaryKey, List<AiElement> qualifiers,
        List<AiElement> dataAttributes, List<Parameter> otherParameters) {

    /** The stem of canonical Digital Links, GS1's resolver. */
    public static final String CANONICAL_STEM = "https://id.gs1.org";

    /**
     * A non-AI query parameter.
     *
     * @param name the parameter name, not all digits
     * @param value the decoded value, possibly empty
     */
    public record Parameter(String name, String value) {

        /** Requires a name that is not an AI number. */
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || CheckDigit.isDigits(name)) {
                throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "a non-AI query parameter needs a non-numeric name: '" + name + "'");
            }
        }
    }

    /** Validates the structure and every element, pads a GTIN to 14 digits and copies the lists. */
    public DigitalLink {
        stem = DigitalLinkSyntax.checkStem(stem);
        primaryKey = DigitalLinkSyntax.normalise(Objects.requireNonNull(primaryKey, "primaryKey"));
        qualifiers = List.copyOf(qualifiers);
        dataAttributes = List.copyOf(dataAttributes);
        otherParameters = List.copyOf(otherParameters);
        DigitalLinkSyntax.checkStructure(primaryKey, qualifiers, dataAttributes);
    }

    /**
     * Parses a GS1 Digital Link URI on any domain: percent-decodes the values, checks the primary key, the
     * qualifier order, every value's format and check digit. A compressed Digital Link is decompressed.
     *
     * @throws Gs1Exception with the broken rule (a 400 for a resolver)
     */
    public static DigitalLink parse(String uri) {
        return DigitalLinkSyntax.parse(uri);
    }

    /**
     * Builds a Digital Link from GS1 elements in any order, e.g. those of an element string: the first element
     * whose AI is a primary key becomes the key, elements that are its qualifiers go to the path in the
     * standard's order, the rest become data attributes.
     *
     * @throws Gs1Exception if no element is a primary key, or an element is neither a qualifier of the key nor
     *     permitted as a data attribute
     */
    public static DigitalLink of(String stem, List<AiElement> elements) {
        return DigitalLinkSyntax.fromElements(stem, elements);
    }

    /**
     * Percent-encodes an AI value as Digital Link path segments and query values carry it (every character
     * but RFC 3986 unreserved ones). For streaming many links of one template, e.g. a fixed prefix
     * {@code toUri() + "/21/"} followed by each encoded serial, with the serials validated by
     * {@link ApplicationIdentifiers#validate}.
     */
    public static String percentEncode(String value) {
        return PercentCoding.encodeUriValue(value);
    }

    /** The URI: stem, path, then data attributes and other parameters as query. */
    public String toUri() {
        StringBuilder uri = new StringBuilder(stem).append(path());
        char sep = '?';
        for (AiElement a : dataAttributes) {
            uri.append(sep).append(a.ai()).append('=').append(PercentCoding.encodeUriValue(a.value()));
            sep = '&';
        }
        for (Parameter p : otherParameters) {
            uri.append(sep).append(PercentCoding.encodeUriValue(p.name())).append('=')
                    .append(PercentCoding.encodeUriValue(p.value()));
            sep = '&';
        }
        return uri.toString();
    }

    /** The canonical URI: on {@code https://id.gs1.org}, primary key and qualifiers only, no query string. */
    public String toCanonicalUri() {
        return CANONICAL_STEM + path();
    }

    /** The path: "/ai/value" for the primary key and each qualifier, values percent-encoded. */
    public String path() {
        StringBuilder path = new StringBuilder(64);
        appendSegment(path, primaryKey);
        for (AiElement q : qualifiers) {
            appendSegment(path, q);
        }
        return path.toString();
    }

    /** All GS1 elements: primary key, qualifiers, then data attributes. */
    public List<AiElement> elements() {
        List<AiElement> all = new ArrayList<>(1 + qualifiers.size() + dataAttributes.size());
        all.add(primaryKey);
        all.addAll(qualifiers);
        all.addAll(dataAttributes);
        return List.copyOf(all);
    }

    /** The value of an AI among the key, qualifiers and data attributes. */
    public Optional<String> value(String ai) {
        return elements().stream().filter(e -> e.ai().equals(ai)).map(AiElement::value).findFirst();
    }

    /**
     * The levels of this identifier from the primary key alone down to this link, each adding the next
     * qualifier (GS1-Conformant Resolver 1.2: links of every level up to the key apply), on this stem and
     * without query: for /01/g/10/l/21/s that is /01/g, /01/g/10/l and /01/g/10/l/21/s.
     */
    public List<DigitalLink> levels() {
        List<DigitalLink> levels = new ArrayList<>(qualifiers.size() + 1);
        for (int i = 0; i <= qualifiers.size(); i++) {
            levels.add(new DigitalLink(stem, primaryKey, qualifiers.subList(0, i), List.of(), List.of()));
        }
        return List.copyOf(levels);
    }

    /** The primary key as a typed GS1 key. */
    public Gs1Key key() {
        return Gs1Key.of(primaryKey);
    }

    /** This Digital Link on another stem (e.g. a brand's own domain), everything else unchanged. */
    public DigitalLink withStem(String newStem) {
        return new DigitalLink(newStem, primaryKey, qualifiers, dataAttributes, otherParameters);
    }

    /** This Digital Link without its non-AI query parameters. */
    public DigitalLink withoutParameters() {
        return new DigitalLink(stem, primaryKey, qualifiers, dataAttributes, List.of());
    }

    /** This Digital Link's primary key and qualifiers only. */
    public DigitalLink withoutQuery() {
        return new DigitalLink(stem, primaryKey, qualifiers, List.of(), List.of());
    }

    @Override
    public String toString() {
        return toUri();
    }

    String qualifier(String ai) {
        for (AiElement q : qualifiers) {
            if (q.ai().equals(ai)) {
                return q.value();
            }
        }
        return null;
    }

    private static void appendSegment(StringBuilder path, AiElement e) {
        path.append('/').append(e.ai()).append('/').append(PercentCoding.encodeUriValue(e.value()));
    }
}
