package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property tests over generated Digital Links for every primary key of the syntax dictionary: random valid
 * keys, qualifier subsets in the key's order, and data attributes, each round trip must be the identity.
 */
class RoundTripPropertyTest {

    private static final int LINKS_PER_KEY = 60;
    private static final List<String> STEMS = List.of("https://id.gs1.org", "https://example.com",
            "http://brand.example/path/to", "https://codes.bricshub.org:8443/r");

    private final RandomValues values = new RandomValues(20261129L);

    @Test
    void formatParseFormat_isIdentityForEveryPrimaryKey() {
        int checked = 0;
        for (DigitalLink dl : generated()) {
            String uri = dl.toUri();
            DigitalLink parsed = DigitalLink.parse(uri);
            assertThat(parsed).as(uri).isEqualTo(dl);
            assertThat(parsed.toUri()).isEqualTo(uri);
            assertThat(DigitalLink.parse(dl.toCanonicalUri()).toCanonicalUri()).isEqualTo(dl.toCanonicalUri());
            checked++;
        }
        assertThat(checked).isGreaterThan(16 * LINKS_PER_KEY / 2);
    }

    @Test
    void elementStrings_roundTripThroughDigitalLink() {
        for (DigitalLink dl : generated()) {
            String concatenated = ElementStrings.format(dl.elements());
            assertThat(ElementStrings.toDigitalLink(concatenated, dl.stem())).as(concatenated).isEqualTo(dl.withoutParameters());
            String readable = ElementStrings.formatHumanReadable(dl.elements());
            assertThat(ElementStrings.parse(readable)).as(readable).isEqualTo(dl.elements());
        }
    }

    @Test
    void compression_roundTrips() {
        for (DigitalLink dl : generated()) {
            for (DigitalLinkCompression.Options options : List.of(DigitalLinkCompression.Options.DEFAULT,
                    new DigitalLinkCompression.Options(true, true, false), new DigitalLinkCompression.Options(false, true, true))) {
                String compressed = DigitalLinkCompression.compress(dl, options);
                DigitalLink back = DigitalLink.parse(compressed);
                assertThat(back.toCanonicalUri()).as(compressed).isEqualTo(dl.toCanonicalUri());
                assertThat(back.stem()).isEqualTo(dl.stem());
                assertThat(new HashSet<>(back.dataAttributes())).isEqualTo(new HashSet<>(dl.dataAttributes()));
            }
        }
    }

    @Test
    void epcUrn_roundTripsForEveryScheme() {
        List<List<String>> shapes = List.of(List.of("01", "21"), List.of("01", "10"), List.of("01", "235"), List.of("01"),
                List.of("00"), List.of("414"), List.of("414", "254"), List.of("417"), List.of("8003"), List.of("8004"),
                List.of("8017"), List.of("8018"), List.of("253"), List.of("255"), List.of("401"), List.of("402"),
                List.of("8006", "21"), List.of("8006"), List.of("8010", "8011"), List.of("8010"));
        int checked = 0;
        for (List<String> shape : shapes) {
            for (int i = 0; i < LINKS_PER_KEY; i++) {
                List<AiElement> elements = new ArrayList<>();
                shape.forEach(ai -> values.valueFor(ai).ifPresent(v -> elements.add(new AiElement(ai, v))));
                if (elements.size() < shape.size() || elements.size() == 2 && elements.get(1).value().equals("0")) {
                    continue; // GLN extension "0" means "no extension" in an SGLN
                }
                DigitalLink dl = DigitalLink.of(DigitalLink.CANONICAL_STEM, elements);
                int maxPrefix = Math.min(12, leadingDigits(dl.primaryKey()));
                if (maxPrefix < 6) {
                    continue;
                }
                int prefixLength = 6 + values.random().nextInt(maxPrefix - 5);
                String urn = EpcUrn.toEpcUrn(dl.toUri(), prefixLength);
                assertThat(EpcUrn.isEpcUrn(urn)).isTrue();
                assertThat(EpcUrn.toDigitalLink(urn)).as(urn).isEqualTo(dl.toCanonicalUri());
                assertThat(EpcUrn.toEpcUrn(EpcUrn.toDigitalLink(urn), prefixLength)).isEqualTo(urn);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(shapes.size() * LINKS_PER_KEY / 2);
    }

    private static int leadingDigits(AiElement key) {
        String v = key.ai().equals("8003") ? key.value().substring(1) : key.value();
        int n = 0;
        while (n < v.length() && Character.isDigit(v.charAt(n))) {
            n++;
        }
        return switch (key.ai()) {
            case "01", "00", "8006" -> 12;
            default -> n;
        };
    }

    private static List<DigitalLink> generated;

    private static synchronized List<DigitalLink> generated() {
        if (generated == null) {
            generated = generate();
        }
        return generated;
    }

    private static List<DigitalLink> generate() {
        List<DigitalLink> links = new ArrayList<>();
        RandomValues r = new RandomValues(42L);
        for (ApplicationIdentifier pk : ApplicationIdentifiers.all()) {
            if (!pk.primaryKey()) {
                continue;
            }
            List<String> attributeAis = ApplicationIdentifiers.all().stream()
                    .filter(a -> a.dataAttribute() && !a.primaryKey() && !pk.hasQualifier(a.code()))
                    .map(ApplicationIdentifier::code).toList();
            for (int i = 0; i < LINKS_PER_KEY; i++) {
                r.valueFor(pk.code()).ifPresent(key -> links.add(link(r, pk, key, attributeAis)));
            }
        }
        return links;
    }

    private static DigitalLink link(RandomValues r, ApplicationIdentifier pk, String key, List<String> attributeAis) {
        List<AiElement> qualifiers = new ArrayList<>();
        if (!pk.qualifierSequences().isEmpty()) {
            List<String> sequence = pk.qualifierSequences().get(r.random().nextInt(pk.qualifierSequences().size()));
            for (String q : sequence) {
                if (r.random().nextBoolean()) {
                    r.valueFor(q).ifPresent(v -> qualifiers.add(new AiElement(q, v)));
                }
            }
        }
        List<AiElement> attributes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int n = r.random().nextInt(4); n > 0; n--) {
            String ai = attributeAis.get(r.random().nextInt(attributeAis.size()));
            if (used.add(ai)) {
                r.valueFor(ai).ifPresent(v -> attributes.add(new AiElement(ai, v)));
            }
        }
        List<DigitalLink.Parameter> others = r.random().nextInt(4) == 0
                ? List.of(new DigitalLink.Parameter("linkType", "gs1:" + r.chars("abcdefghij", 5))) : List.of();
        return new DigitalLink(STEMS.get(r.random().nextInt(STEMS.size())), new AiElement(pk.code(), key),
                qualifiers, attributes, others);
    }
}
