package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalLinkCompressionTest {

    /** Published examples of the GS1 Digital Link compression (GS1 toolkit test suite, as used by its ports). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://id.gs1.org/00/998440410914660971                                             | https://id.gs1.org/AN2yxDhfaiaw
            https://id.gs1.org/01/05412345000013                                                 | https://id.gs1.org/AQnYUc1gmg
            https://id.gs1.org/01/05412345000013/10/ABC123                                       | https://id.gs1.org/AQnYUc1gmiCNV4JG
            https://id.gs1.org/01/05412345000013/10/ABC123/21/72292641703                        | https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6c
            https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123/21/72292641703       | https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6cibQCWN9Pee9tT-PQ
            https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123                      | https://id.gs1.org/AQnYUc1gmiCNV4JGRNoBLG-nvPe2p_Ho
            https://id.gs1.org/01/05412345000013/235/8TFV883a904GH%263                           | https://id.gs1.org/AQnYUc1gmkax7ipGrOHDPC5YNI8hMz
            https://id.gs1.org/01/05412345000013/21/72292641703                                  | https://id.gs1.org/AQnYUc1gmkIXDU-iun
            https://id.gs1.org/01/05412345000013/22/AJY3095721P49                                | https://id.gs1.org/AQnYUc1gmkTaASxvp7z3tqfx6
            https://id.gs1.org/253/3060077601309                                                 | https://id.gs1.org/JTLIetaiHYA
            https://id.gs1.org/255/5678409730535                                                 | https://id.gs1.org/JVUqG5hJ5wA
            https://id.gs1.org/401/0541234537290A41%26GHpp33                                     | https://id.gs1.org/QBl2DVoxZM2jVm3ZOWEFoxTR5HDgzZg
            https://id.gs1.org/402/21173492661712079                                             | https://id.gs1.org/QCJZyW9mC6Z4
            https://id.gs1.org/414/5060917510004                                                 | https://id.gs1.org/QUSaVjC_dA
            https://id.gs1.org/414/5060917510004/254/RP56J920471                                 | https://id.gs1.org/JUa0T-eifdtOO9UFEmlYwv3Q
            https://id.gs1.org/414/5060917510004/7040/5KFX                                       | https://id.gs1.org/QUSaVjC_dHBAVlCrg
            https://id.gs1.org/417/5060917510004/7040/5KFX                                       | https://id.gs1.org/QXSaVjC_dHBAVlCrg
            https://id.gs1.org/8004/0541234537290A41%26GHpp33/7040/7BVR                          | https://id.gs1.org/cEB2CqjAAkuwatGLJm0as27JywgtGKaPI4cGbM
            https://id.gs1.org/8003/04965031954585                                               | https://id.gs1.org/gAMJCAXukTMA
            https://id.gs1.org/8004/0541234537290A41%26GHpp33                                    | https://id.gs1.org/gASXYNWjFkzaNWbdk5YQWjFNHkcODNm
            https://id.gs1.org/8010/0541234537290A41%23GH33/8011/6639047221                      | https://id.gs1.org/gBCVYNWjFkzaNWbdk5YQWjFHHkM2cAI0xdvpGo
            https://id.gs1.org/8013/5060917511473062B98T                                         | https://id.gs1.org/gBN05060917511473062B98T
            https://id.gs1.org/8017/817019610850151481/8019/4003812                              | https://id.gs1.org/gBe1ajAd9ATDmAGXPRfk
            https://id.gs1.org/8018/411369833821910265/8019/4003812                              | https://id.gs1.org/gBhbV6rzBENPmAGXPRfk
            https://id.gs1.org/01/05412345000013/10/ABC123?17=290331&arv=true&donor=bmgf         | https://id.gs1.org/AQnYUc1gmiCNV4JGLo3DY?arv=true&donor=bmgf
            """)
    void compress_publishedExamples(String uri, String compressed) {
        DigitalLink dl = DigitalLink.parse(uri);
        assertThat(DigitalLinkCompression.compress(dl)).isEqualTo(compressed);
        assertThat(DigitalLinkCompression.decompress(compressed)).isEqualTo(dl);
        assertThat(DigitalLink.parse(compressed)).isEqualTo(dl);
    }

    /**
     * The published ITIP examples carry piece 02 of total 01, which the syntax dictionary's pieceoftotal
     * linter rejects; their binary is checked below the Digital Link validation.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            8006=054123450000130201;22=AJY3095721P49;10=ABC123;21=72292641703 | EEarwSMhC4an0V05E2gEsb6e897an8ewAMGAkftmjYEy
            8006=054123450000130201;10=ABC123                                 | EEarwSOABgwEj9s0bAmQ
            8006=054123450000130201                                           | gAYMBI_bNGwJk
            """)
    void encode_publishedItipExamples(String elements, String binary) {
        java.util.List<AiElement> list = java.util.Arrays.stream(elements.split(";"))
                .map(e -> new AiElement(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1))).toList();
        assertThat(DigitalLinkCompression.encode(list, java.util.List.of(), false)).isEqualTo(binary);
        java.util.List<AiElement> decoded = new java.util.ArrayList<>();
        DigitalLinkCompression.read(BitString.fromBase64(binary), decoded, new java.util.ArrayList<>());
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(list);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://id.gs1.org/01/05412345000013/10/ABC123/21/72292641703                  | https://id.gs1.org/01/05412345000013/EEarwSMhC4an0V04
            https://id.gs1.org/414/5060917510004/254/RP56J920471                           | https://id.gs1.org/414/5060917510004/JUa0T-eifdtOO9Q
            https://id.gs1.org/8010/0541234537290A41%23GH33/8011/6639047221                | https://id.gs1.org/8010/0541234537290A41%23GH33/gBGmLt9I1
            https://id.gs1.org/01/05412345000013/10/ABC123?17=290331&arv=true&donor=bmgf   | https://id.gs1.org/01/05412345000013/EEarwSMXRuGw?arv=true&donor=bmgf
            """)
    void compress_partialPublishedExamples(String uri, String compressed) {
        DigitalLink dl = DigitalLink.parse(uri);
        assertThat(DigitalLinkCompression.compress(dl, new DigitalLinkCompression.Options(true, false, false)))
                .isEqualTo(compressed);
        assertThat(DigitalLink.parse(compressed)).isEqualTo(dl);
    }

    @Test
    void compress_otherParametersInBinary() {
        DigitalLink dl = DigitalLink.parse("https://id.gs1.org/01/05412345000013/10/ABC123?17=290331&arv=true&donor=bmgf");
        String compressed = DigitalLinkCompression.compress(dl, new DigitalLinkCompression.Options(false, false, true));
        assertThat(compressed).isEqualTo("https://id.gs1.org/AQnYUc1gmiCNV4JGLo3Dfg2q72Etrue8K7RPRWwjc0D4");
        assertThat(DigitalLink.parse(compressed)).isEqualTo(dl);
    }

    @Test
    void compress_optimisationsDecodeToTheSameLink() {
        DigitalLink dl = DigitalLink.parse("https://example.com/x/01/05412345000013/10/ABC123/21/9?17=290331");
        String compressed = DigitalLinkCompression.compress(dl, new DigitalLinkCompression.Options(false, true, false));
        assertThat(compressed).startsWith("https://example.com/x/Gg");
        assertThat(DigitalLinkCompression.decompress(compressed)).isEqualTo(dl);
    }

    @ParameterizedTest
    @CsvSource({"https://id.gs1.org/AQnYUc1gmg, true", "https://id.gs1.org/01/05412345000013/EEarwSM?linkType=all, true",
        "https://id.gs1.org/01/05412345000013, false", "https://id.gs1.org/01/05412345000013/10/ABC123, false",
        "https://id.gs1.org/01/05412345000013/21/SER1#x, false"})
    void isCompressed_byLastSegment(String uri, boolean expected) {
        assertThat(DigitalLinkCompression.isCompressed(uri)).isEqualTo(expected);
    }

    @Test
    void decompress_unknownOptimisationCode() {
        assertThatThrownBy(() -> DigitalLinkCompression.decompress("https://id.gs1.org/____"))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.SYNTAX));
    }

    @Test
    void decompress_truncatedBinary() {
        assertThatThrownBy(() -> DigitalLinkCompression.decompress("https://id.gs1.org/AQnYUc"))
                .isInstanceOf(Gs1Exception.class);
    }
}
