package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementStringsTest {

    private static final String GS = String.valueOf(ElementStrings.GS);

    @Test
    void parse_humanReadable() {
        assertThat(ElementStrings.parse("(01)09520123456788(10)ABC(123)(17)261231")).containsExactly(
                new AiElement("01", "09520123456788"), new AiElement("10", "ABC(123)"), new AiElement("17", "261231"));
    }

    @Test
    void parse_concatenatedWithSeparatorsAndSymbologyIdentifier() {
        String data = "]d2" + "0109520123456788" + "10ABC123" + GS + "17261231" + "21XYZ";
        assertThat(ElementStrings.parse(data)).containsExactly(new AiElement("01", "09520123456788"),
                new AiElement("10", "ABC123"), new AiElement("17", "261231"), new AiElement("21", "XYZ"));
        assertThat(ElementStrings.parse("^0109520123456788^10ABC123")).hasSize(2);
    }

    @Test
    void format_separatorOnlyAfterVariableLengthAis() {
        List<AiElement> elements = List.of(new AiElement("01", "09520123456788"), new AiElement("10", "ABC"),
                new AiElement("17", "261231"), new AiElement("21", "1"));
        assertThat(ElementStrings.format(elements)).isEqualTo("0109520123456788" + "10ABC" + GS + "17261231" + "211");
        assertThat(ElementStrings.formatHumanReadable(elements)).isEqualTo("(01)09520123456788(10)ABC(17)261231(21)1");
        assertThat(ElementStrings.parse(ElementStrings.format(elements))).isEqualTo(elements);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (01)09520123456788(10)ABC123(17)261231         | https://id.gs1.org/01/09520123456788/10/ABC123?17=261231
            (17)261231(21)12(01)09520123456788             | https://id.gs1.org/01/09520123456788/21/12?17=261231
            (00)106141411234567897(3103)000250             | https://id.gs1.org/00/106141411234567897?3103=000250
            (414)9520123456788(254)A1                      | https://id.gs1.org/414/9520123456788/254/A1
            """)
    void toDigitalLink_andBack(String elementString, String uri) {
        DigitalLink dl = ElementStrings.toDigitalLink(elementString, DigitalLink.CANONICAL_STEM);
        assertThat(dl.toUri()).isEqualTo(uri);
        assertThat(ElementStrings.parse(ElementStrings.formatHumanReadable(DigitalLink.parse(uri).elements())))
                .containsExactlyInAnyOrderElementsOf(ElementStrings.parse(elementString));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (01)09520123456789        | CHECK_DIGIT
            (9999)1                   | UNKNOWN_AI
            01095201234567            | LENGTH
            2345                      | UNKNOWN_AI
            (01                       | SYNTAX
            ]d2                       | SYNTAX
            """)
    void parse_invalid(String elementString, Gs1Exception.Rule rule) {
        assertThatThrownBy(() -> ElementStrings.parse(elementString))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
