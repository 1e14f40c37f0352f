package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalLinkTest {

    /** Examples in the style of the GS1 Digital Link standard (URI Syntax 1.4 §4-6) for every primary key. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://id.gs1.org/01/09520123456788                                           | https://id.gs1.org/01/09520123456788
            https://id.gs1.org/01/09506000134352?17=201225&3103=000195                     | https://id.gs1.org/01/09506000134352
            https://example.com/01/09520123456788/10/ABC123/21/12345?17=180426             | https://id.gs1.org/01/09520123456788/10/ABC123/21/12345
            https://example.com/my/path/01/09520123456788/22/2A/10/AB%2F1/21/x%25y         | https://id.gs1.org/01/09520123456788/22/2A/10/AB%2F1/21/x%25y
            https://id.gs1.org/01/09520123456788/235/TPX1                                  | https://id.gs1.org/01/09520123456788/235/TPX1
            https://id.gs1.org/00/106141411234567897                                       | https://id.gs1.org/00/106141411234567897
            https://id.gs1.org/414/9520123456788/254/32a%2Fb                               | https://id.gs1.org/414/9520123456788/254/32a%2Fb
            https://id.gs1.org/414/9520123456788/7040/1A2B                                 | https://id.gs1.org/414/9520123456788/7040/1A2B
            https://id.gs1.org/417/9520123456788                                           | https://id.gs1.org/417/9520123456788
            https://id.gs1.org/415/9520123456788/8020/INV123                               | https://id.gs1.org/415/9520123456788/8020/INV123
            https://id.gs1.org/8003/09520123456788ABC                                      | https://id.gs1.org/8003/09520123456788ABC
            https://id.gs1.org/8004/9520123XYZ/7040/1A2B                                   | https://id.gs1.org/8004/9520123XYZ/7040/1A2B
            https://id.gs1.org/8018/952012345678901233/8019/123                            | https://id.gs1.org/8018/952012345678901233/8019/123
            https://id.gs1.org/8017/952012345678901233                                     | https://id.gs1.org/8017/952012345678901233
            https://id.gs1.org/253/9520123456788XYZ                                        | https://id.gs1.org/253/9520123456788XYZ
            https://id.gs1.org/255/952012345678812345                                      | https://id.gs1.org/255/952012345678812345
            https://id.gs1.org/401/9520123XYZ%2F1                                          | https://id.gs1.org/401/9520123XYZ%2F1
            https://id.gs1.org/402/95201234567890122                                       | https://id.gs1.org/402/95201234567890122
            https://id.gs1.org/8006/095201234567880102/21/12345                            | https://id.gs1.org/8006/095201234567880102/21/12345
            https://id.gs1.org/8010/9520123%23AB/8011/12                                   | https://id.gs1.org/8010/9520123%23AB/8011/12
            https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2K                              | https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2K
            HTTP://EXAMPLE.COM/01/9520123456788?linkType=gs1:pip                           | https://id.gs1.org/01/09520123456788
            https://example.com/01/96385074#frag                                           | https://id.gs1.org/01/00000096385074
            https://id.gs1.org/gtin/09780345418913                                         | https://id.gs1.org/01/09780345418913
            https://example.com/gtin/09780345418913/21/765tz?abc=211121                    | https://id.gs1.org/01/09780345418913/21/765tz
            https://example.com/gtin/9780345418913/lot/lot/ser/ser?exp=261231              | https://id.gs1.org/01/09780345418913/10/lot/21/ser
            https://example.com/sscc/106141411234567897                                    | https://id.gs1.org/00/106141411234567897
            """)
    void parse_everyPrimaryKey(String uri, String canonical) {
        DigitalLink dl = DigitalLink.parse(uri);
        assertThat(dl.toCanonicalUri()).isEqualTo(canonical);
        assertThat(DigitalLink.parse(dl.toUri())).isEqualTo(dl);
    }

    @Test
    void parse_everyDigitalLinkOfTheEpcisExamples() {
        java.util.List<String> uris = TestResources.lines("/digital-links-in-epcis-examples.txt");
        assertThat(uris).hasSizeGreaterThan(30);
        for (String uri : uris) {
            DigitalLink dl = DigitalLink.parse(uri);
            assertThat(DigitalLink.parse(dl.toUri())).as(uri).isEqualTo(dl);
        }
    }

    @Test
    void parse_splitsStemKeyQualifiersAttributesAndOtherParameters() {
        DigitalLink dl = DigitalLink.parse(
                "https://brand.example/shop/01/9520123456788/10/L%2F01/21/S1?17=261231&3103=000250&linkType=gs1%3Apip&x");
        assertThat(dl.stem()).isEqualTo("https://brand.example/shop");
        assertThat(dl.primaryKey()).isEqualTo(new AiElement("01", "09520123456788"));
        assertThat(dl.qualifiers()).containsExactly(new AiElement("10", "L/01"), new AiElement("21", "S1"));
        assertThat(dl.dataAttributes()).containsExactly(new AiElement("17", "261231"), new AiElement("3103", "000250"));
        assertThat(dl.otherParameters()).containsExactly(new DigitalLink.Parameter("linkType", "gs1:pip"),
                new DigitalLink.Parameter("x", ""));
        assertThat(dl.value("17")).contains("261231");
        assertThat(dl.toUri()).isEqualTo(
                "https://brand.example/shop/01/09520123456788/10/L%2F01/21/S1?17=261231&3103=000250&linkType=gs1%3Apip&x=");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://id.gs1.org/01/09520123456789                          | CHECK_DIGIT    | (01)
            https://id.gs1.org/01/09520123456788/21/1/10/2                | PATH_STRUCTURE | do not follow
            https://id.gs1.org/01/09520123456788/10/1/235/2               | PATH_STRUCTURE | do not follow
            https://id.gs1.org/01/09520123456788/254/1                    | PATH_STRUCTURE | do not follow
            https://id.gs1.org/01/09520123456788?21=12                    | PATH_STRUCTURE | data attribute
            https://id.gs1.org/01/09520123456788?17=261331                | DATE           | (17)
            https://id.gs1.org/01/09520123456788?9999=1                   | UNKNOWN_AI     | (9999)
            https://id.gs1.org/01/09520123456788?17=261231&17=261230      | PATH_STRUCTURE | twice
            https://id.gs1.org/10/ABC                                     | PATH_STRUCTURE | primary key
            https://id.gs1.org/GTIN/09520123456788                        | PATH_STRUCTURE | primary key
            https://id.gs1.org/01/0952012345678%                          | SYNTAX         | percent
            https://id.gs1.org/01/09520123456788/10/ABC~1                 | CHARACTER_SET  | AI-82
            ftp://id.gs1.org/01/09520123456788                            | SYNTAX         | http
            https://id.gs1.org                                            | SYNTAX         | path
            """)
    void parse_invalidNamesTheRule(String uri, Gs1Exception.Rule rule, String words) {
        assertThatThrownBy(() -> DigitalLink.parse(uri)).isInstanceOfSatisfying(Gs1Exception.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.getMessage()).contains(words);
        });
    }

    @Test
    void of_ordersQualifiersAndMovesTheRestToAttributes() {
        DigitalLink dl = DigitalLink.of("https://example.com", List.of(new AiElement("17", "261231"),
                new AiElement("21", "9"), new AiElement("01", "09520123456788"), new AiElement("10", "L1")));
        assertThat(dl.toUri()).isEqualTo("https://example.com/01/09520123456788/10/L1/21/9?17=261231");
    }

    @Test
    void of_withoutPrimaryKey() {
        assertThatThrownBy(() -> DigitalLink.of("https://example.com", List.of(new AiElement("10", "L1"))))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.PATH_STRUCTURE));
    }

    @Test
    void constructor_rejectsBadStem() {
        AiElement key = new AiElement("01", "09520123456788");
        assertThatThrownBy(() -> new DigitalLink("https://example.com/", key, List.of(), List.of(), List.of()))
                .isInstanceOf(Gs1Exception.class);
        assertThatThrownBy(() -> new DigitalLink("example.com", key, List.of(), List.of(), List.of()))
                .isInstanceOf(Gs1Exception.class);
    }

    @Test
    void withStem_movesToAnotherDomain() {
        DigitalLink dl = DigitalLink.parse("https://id.gs1.org/01/09520123456788/10/L1?17=261231");
        assertThat(dl.withStem("https://codes.bricshub.org").toUri())
                .isEqualTo("https://codes.bricshub.org/01/09520123456788/10/L1?17=261231");
        assertThat(dl.withoutQuery().toUri()).isEqualTo("https://id.gs1.org/01/09520123456788/10/L1");
    }

    @Test
    void percentEncode_unreservedStayAsTheyAre() {
        assertThat(DigitalLink.percentEncode("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(DigitalLink.percentEncode("!\"%&'()*+,/:;<=>?")).isEqualTo("%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F");
    }

    @Test
    void parse_convenienceAlphasBecomeNumericAis() {
        DigitalLink dl = DigitalLink.parse("https://example.com/gtin/9780345418913/lot/L1?exp=261231&linkType=all");
        assertThat(dl.toUri()).isEqualTo("https://example.com/01/09780345418913/10/L1?17=261231&linkType=all");
    }

    @Test
    void levels_fromKeyToThisLink() {
        DigitalLink dl = DigitalLink.parse("https://example.com/01/09506000134352/10/ABC/21/12345?17=201225&linkType=all");
        assertThat(dl.levels()).extracting(DigitalLink::toUri).containsExactly(
                "https://example.com/01/09506000134352",
                "https://example.com/01/09506000134352/10/ABC",
                "https://example.com/01/09506000134352/10/ABC/21/12345");
    }

    @Test
    void key_typedPrimaryKey() {
        assertThat(DigitalLink.parse("https://id.gs1.org/414/9520123456788").key()).isEqualTo(new Gln("9520123456788"));
    }
}
