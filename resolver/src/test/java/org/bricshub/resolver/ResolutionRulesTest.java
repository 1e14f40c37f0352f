package org.bricshub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bricshub.gs1.DigitalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolutionRulesTest {
    static final String GTIN = "/01/09506000134376";
    static final String LOT = GTIN + "/10/LOT1";
    static final String SERIAL = LOT + "/21/S1";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static long ids = 1;

    static Link link(String anchor, String type, String href, String langs, String context, String media, boolean dflt) {
        return new Link(ids++, anchor, 1, LinkType.parse(type).orElseThrow(), href, "Title " + href,
                langs.isEmpty() ? List.of() : Arrays.asList(langs.split(" ")),
                context.isEmpty() ? List.of() : Arrays.asList(context.split(" ")),
                media.isEmpty() ? Optional.empty() : Optional.of(media), dflt, Instant.EPOCH);
    }

    /** The levels of a serial-level request: serial, lot, GTIN. */
    static List<AnchoredLinks> levels(List<Link> serial, List<Link> lot, List<Link> gtin) {
        return List.of(new AnchoredLinks(SERIAL, serial), new AnchoredLinks(LOT, lot), new AnchoredLinks(GTIN, gtin));
    }

    static ResolutionRequest request(String path, String accept, String acceptLanguage) {
        return ResolutionRequest.of(DigitalLink.parse("https://id.example.org" + path), accept, acceptLanguage);
    }

    static final Link PIP_EN = link(GTIN, "gs1:pip", "https://b.example/en", "en", "", "text/html", true);
    static final Link PIP_JA = link(GTIN, "gs1:pip", "https://b.example/ja", "ja", "", "text/html", false);
    static final Link CERT = link(GTIN, "gs1:certificationInfo", "https://b.example/cert", "", "", "application/pdf", false);
    static final Link RECALL_LOT = link(LOT, "gs1:recallStatus", "https://b.example/recall-lot1", "", "", "", false);
    static final Link DPP_SERIAL = link(SERIAL, "gs1:dpp", "https://b.example/dpp/S1", "", "", "application/json", false);
    static final List<AnchoredLinks> ALL = levels(List.of(DPP_SERIAL), List.of(RECALL_LOT), List.of(PIP_EN, PIP_JA, CERT));

    @ParameterizedTest(name = "{0} Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ?linkType=gs1:certificationInfo                     | -     | https://b.example/cert
            ?linkType=https://ref.gs1.org/voc/certificationInfo | -     | https://b.example/cert
            ?linkType=https://gs1.org/voc/certificationInfo     | -     | https://b.example/cert
            ?linkType=gs1:recallStatus                          | -     | https://b.example/recall-lot1
            ?linkType=gs1:dpp                                   | -     | https://b.example/dpp/S1
            ?linkType=gs1:pip                                   | ja    | https://b.example/ja
            ?linkType=gs1:pip                                   | ja-JP | https://b.example/ja
            ?linkType=gs1:pip                                   | fr, en-GB;q=0.5 | https://b.example/en
            ?linkType=gs1:pip                                   | en;q=0.2, ja;q=0.9 | https://b.example/ja
            ?linkType=gs1:defaultLink                           | -     | https://b.example/en
            ?linkType=gs1:nutritionalInfo                       | -     | https://b.example/en
            ''                                                  | ja    | https://b.example/en
            """)
    void decide_redirectsToTheBestLinkOfEveryLevel(String query, String acceptLanguage, String target) {
        Resolution r = ResolutionRules.decide(request(SERIAL + query, "*/*", acceptLanguage), ALL, true);
        assertThat(r).isInstanceOfSatisfying(Resolution.Redirect.class, red -> assertThat(red.link().href()).isEqualTo(target));
    }

    @Test
    void decide_severalEqualMatches_areMultipleChoices() {
        Resolution r = ResolutionRules.decide(request(SERIAL + "?linkType=gs1:pip", "*/*", "fr"), ALL, true);
        assertThat(r).isInstanceOfSatisfying(Resolution.MultipleChoices.class,
                m -> assertThat(m.links()).containsExactly(PIP_EN, PIP_JA));
    }

    @Test
    void decide_sameTargetTwice_countsOnce() {
        Link again = link(GTIN, "gs1:pip", PIP_EN.href(), "en", "und", "text/html", false);
        Resolution r = ResolutionRules.decide(request(GTIN + "?linkType=gs1:pip", "*/*", null),
                List.of(new AnchoredLinks(GTIN, List.of(PIP_EN, again))), true);
        assertThat(r).isInstanceOf(Resolution.Redirect.class);
    }

    @ParameterizedTest
    @CsvSource({"?linkType=linkset,*/*", "?linkType=all,*/*", "?linkType=LINKSET,*/*", "'',application/linkset+json"})
    void decide_linksetAskedByParameterOrMediaType(String query, String accept) {
        assertThat(ResolutionRules.decide(request(LOT + query, accept, null), ALL.subList(1, 3), true))
                .isInstanceOf(Resolution.Linkset.class);
    }

    @Test
    void decide_contextThenMediaTypeBreakTies() {
        Link za = link(GTIN, "gs1:certificationInfo", "https://b.example/cert-za", "", "ZA", "text/html", false);
        Link pdf = link(GTIN, "gs1:certificationInfo", "https://b.example/cert.pdf", "", "", "application/pdf", false);
        Link html = link(GTIN, "gs1:certificationInfo", "https://b.example/cert.html", "", "", "text/html", false);
        List<AnchoredLinks> levels = List.of(new AnchoredLinks(GTIN, List.of(za, pdf, html)));
        assertThat(target(ResolutionRules.decide(request(GTIN + "?linkType=gs1:certificationInfo&context=za", "*/*", null), levels, true)))
                .isEqualTo(za.href());
        assertThat(target(ResolutionRules.decide(request(GTIN + "?linkType=gs1:certificationInfo", "application/pdf", null), levels, true)))
                .isEqualTo(pdf.href());
        assertThat(target(ResolutionRules.decide(request(GTIN + "?linkType=gs1:certificationInfo", BROWSER, null), levels, true)))
                .isEqualTo(html.href());
    }

    @Test
    void decide_languageComesBeforeMediaType() {
        Link frPdf = link(GTIN, "gs1:epil", "https://b.example/fr.pdf", "fr", "", "application/pdf", false);
        Link enHtml = link(GTIN, "gs1:epil", "https://b.example/en.html", "en", "", "text/html", false);
        List<AnchoredLinks> levels = List.of(new AnchoredLinks(GTIN, List.of(frPdf, enHtml)));
        assertThat(target(ResolutionRules.decide(request(GTIN + "?linkType=gs1:epil", BROWSER, "fr"), levels, true)))
                .isEqualTo(frPdf.href());
    }

    @Test
    void decide_moreSpecificLevelWinsAmongEqualMatches() {
        Link lotPip = link(LOT, "gs1:pip", "https://b.example/lot-pip", "en", "", "text/html", false);
        List<AnchoredLinks> levels = levels(List.of(), List.of(lotPip), List.of(PIP_EN));
        assertThat(target(ResolutionRules.decide(request(SERIAL + "?linkType=gs1:pip", "*/*", "en"), levels, true)))
                .isEqualTo(lotPip.href());
    }

    @Test
    void decide_browserOnSerialWithoutLinkType_getsTheConsumerPage() {
        assertThat(ResolutionRules.decide(request(SERIAL, BROWSER, "en"), ALL, true)).isInstanceOf(Resolution.ConsumerPage.class);
        assertThat(ResolutionRules.decide(request(SERIAL + "?linkType=gs1:nutritionalInfo", BROWSER, "en"), ALL, true))
                .isInstanceOf(Resolution.ConsumerPage.class);
        // an API client on the same link gets the default link; a browser naming a type gets that type
        assertThat(target(ResolutionRules.decide(request(SERIAL, "application/json", null), ALL, true))).isEqualTo(PIP_EN.href());
        assertThat(target(ResolutionRules.decide(request(SERIAL + "?linkType=gs1:dpp", BROWSER, null), ALL, true)))
                .isEqualTo(DPP_SERIAL.href());
    }

    @Test
    void decide_browserAboveSerial_getsTheDefaultLinkElseTheConsumerPage() {
        assertThat(target(ResolutionRules.decide(request(LOT, BROWSER, null), ALL.subList(1, 3), true))).isEqualTo(PIP_EN.href());
        List<AnchoredLinks> noDefault = List.of(new AnchoredLinks(LOT, List.of(RECALL_LOT)), new AnchoredLinks(GTIN, List.of(CERT)));
        assertThat(ResolutionRules.decide(request(LOT, BROWSER, null), noDefault, true)).isInstanceOf(Resolution.ConsumerPage.class);
        assertThat(ResolutionRules.decide(request(LOT, "*/*", null), noDefault, true)).isInstanceOf(Resolution.ConsumerPage.class);
    }

    @Test
    void decide_unknownKeyWithoutLinks_isNotFound_knownKeyWithoutLinks_isTheConsumerPage() {
        List<AnchoredLinks> none = levels(List.of(), List.of(), List.of());
        assertThat(ResolutionRules.decide(request(SERIAL, BROWSER, null), none, false)).isInstanceOf(Resolution.NotFound.class);
        assertThat(ResolutionRules.decide(request(SERIAL + "?linkType=linkset", "*/*", null), none, false))
                .isInstanceOf(Resolution.NotFound.class);
        assertThat(ResolutionRules.decide(request(SERIAL, "*/*", null), none, true)).isInstanceOf(Resolution.ConsumerPage.class);
    }

    @ParameterizedTest
    @CsvSource({"en,en,true", "en,en-gb,true", "en-gb,en,true", "en,eng,false", "zh-hans,zh,true", "pt-br,pt-pt,false"})
    void languageMatches_basicFilteringBothWays(String tag, String range, boolean matches) {
        assertThat(ResolutionRules.languageMatches(tag, range)).isEqualTo(matches);
    }

    private static String target(Resolution r) {
        return ((Resolution.Redirect) r).link().href();
    }
}
