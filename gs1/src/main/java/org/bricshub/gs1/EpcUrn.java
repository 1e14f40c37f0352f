package org.bricshub.gs1;

import java.util.List;
import java.util.Locale;

/**
 * Conversion between EPC URNs (GS1 EPC Tag Data Standard 2.x §6 pure identity URIs, §6.4 class URIs
 * {@code urn:epc:class:lgtin}, §8 pattern URIs {@code urn:epc:idpat}) and GS1 Digital Link URIs.
 *
 * <p>Supported schemes: sgtin, sscc, sgln, grai, giai, gsrn, gsrnp, gdti, cpi, sgcn, ginc, gsin, itip, upui,
 * pgln; the class {@code lgtin}; the patterns {@code urn:epc:idpat:<scheme>:...*} whose only wildcard is
 * the serial part (sgtin, upui, sgln, grai, gdti, sgcn, cpi, itip), which stand for the class-level key
 * (e.g. {@code urn:epc:idpat:sgtin:4012345.098765.*} is the GTIN 04012345987652).
 */
public final class EpcUrn {

    private EpcUrn() {
    }

    /**
     * Whether the string has the form of an EPC URN: {@code urn:epc:id:}, {@code urn:epc:class:} or
     * {@code urn:epc:idpat:} followed by a scheme and a body (prefix case-insensitive). Says nothing of
     * whether the body is valid or has a Digital Link equivalent.
     */
    public static boolean isEpcUrn(String s) {
        return schemeEnd(s) > 0;
    }

    /** The index of the colon after the scheme, or -1 when the string is not of the EPC URN form. */
    private static int schemeEnd(String s) {
        if (s == null || s.length() < 12 || !s.regionMatches(true, 0, "urn:epc:", 0, 8)) {
            return -1;
        }
        int kindEnd = s.indexOf(':', 8);
        int kindLength = kindEnd - 8;
        boolean kindOk = kindLength == 2 && s.regionMatches(true, 8, "id", 0, 2)
                || kindLength == 5 && (s.regionMatches(true, 8, "class", 0, 5) || s.regionMatches(true, 8, "idpat", 0, 5));
        int schemeEnd = kindOk ? s.indexOf(':', kindEnd + 1) : -1;
        return schemeEnd > kindEnd + 1 && schemeEnd < s.length() - 1 ? schemeEnd : -1;
    }

    /**
     * Whether the string is an EPC URN whose kind and scheme have a GS1 Digital Link equivalent (the schemes
     * listed on this class); the body is not checked, {@link #toDigitalLink(String)} does that. Lets a caller
     * leave other URNs (urn:epc:id:gid, bic, ...) as they are without catching an exception.
     */
    public static boolean hasDigitalLinkEquivalent(String s) {
        int schemeEnd = schemeEnd(s);
        if (schemeEnd < 0) {
            return false;
        }
        int kindEnd = s.indexOf(':', 8);
        return EpcSchemes.convertible(s.substring(8, kindEnd).toLowerCase(Locale.ROOT),
                s.substring(kindEnd + 1, schemeEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Converts an EPC URN to its canonical GS1 Digital Link URI on {@code https://id.gs1.org}: keys in their
     * full length with their check digit, key qualifiers in the standard's order, values percent-encoded,
     * no query string.
     *
     * @throws Gs1Exception (SYNTAX) for a malformed URN or a scheme with no GS1 key equivalent,
     *     (LENGTH, CHARACTER_SET, ...) for a key that breaks its AI's format
     */
    public static String toDigitalLink(String epcUrn) {
        List<AiElement> elements = elementsOf(epcUrn);
        return new DigitalLink(DigitalLink.CANONICAL_STEM, elements.getFirst(), elements.subList(1, elements.size()),
                List.of(), List.of()).toCanonicalUri();
    }

    /**
     * Converts an EPC URN to the GS1 elements it identifies, primary key first, then its qualifiers.
     *
     * @throws Gs1Exception as {@link #toDigitalLink(String)}
     */
    public static List<AiElement> toElements(String epcUrn) {
        List<AiElement> elements = elementsOf(epcUrn);
        for (AiElement e : elements) {
            ApplicationIdentifiers.validate(e.ai(), e.value());
        }
        return elements;
    }

    /** The elements, not yet validated (the Digital Link constructor validates them). */
    private static List<AiElement> elementsOf(String epcUrn) {
        if (!isEpcUrn(epcUrn)) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "not an EPC URN: '" + epcUrn + "'");
        }
        String rest = epcUrn.substring(8);
        int c1 = rest.indexOf(':');
        int c2 = rest.indexOf(':', c1 + 1);
        String kind = rest.substring(0, c1).toLowerCase(Locale.ROOT);
        String scheme = rest.substring(c1 + 1, c2).toLowerCase(Locale.ROOT);
        String body = rest.substring(c2 + 1);
        return EpcSchemes.toElements(kind, scheme, body, epcUrn);
    }

    /**
     * Converts a GS1 Digital Link URI (any domain; compressed or not) to an EPC URN. A serialised key gives a
     * pure identity URN ({@code urn:epc:id:...}); a GTIN with a lot and no serial gives
     * {@code urn:epc:class:lgtin}; a key that EPC only knows serialised, given without its serial (a GTIN,
     * a GRAI without serial, ...), gives the matching pattern {@code urn:epc:idpat:<scheme>:...*}. Data
     * attributes and the CPV (22) are not part of any EPC and are dropped.
     *
     * @param digitalLink a GS1 Digital Link URI
     * @param companyPrefixLength the length of the GS1 Company Prefix inside the key, 6 to 12 (it is not
     *     in the Digital Link)
     * @throws Gs1Exception for an invalid Digital Link, a prefix length that does not fit the key, or a key
     *     with no EPC scheme (GMN 8013, pay-to GLN 415)
     */
    public static String toEpcUrn(String digitalLink, int companyPrefixLength) {
        return EpcSchemes.toUrn(DigitalLink.parse(digitalLink), companyPrefixLength);
    }

    /**
     * Converts a GS1 Digital Link URI to an EPC URN, taking the company-prefix length from the longest known
     * prefix that the key starts with.
     *
     * @throws Gs1Exception as {@link #toEpcUrn(String, int)}, and (CONTENT) when no known prefix starts the key
     */
    public static String toEpcUrn(String digitalLink, CompanyPrefixes prefixes) {
        DigitalLink dl = DigitalLink.parse(digitalLink);
        String prefix = prefixes.prefixOf(dl.primaryKey()).orElseThrow(() -> new Gs1Exception(Gs1Exception.Rule.CONTENT,
                dl.primaryKey().ai(), "no known GS1 Company Prefix starts the key " + dl.primaryKey().value()));
        return EpcSchemes.toUrn(dl, prefix.length());
    }
}
