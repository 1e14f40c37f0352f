package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1KeyTest {

    @ParameterizedTest
    @CsvSource({"96385074, 00000096385074, 96385074", "614141000012, 00614141000012, 614141000012",
        "9520123456788, 09520123456788, 9520123456788", "19520123456785, 19520123456785, 19520123456785"})
    void gtin_padsToFourteenDigits(String given, String value, String shortest) {
        Gtin gtin = new Gtin(given);
        assertThat(gtin.value()).isEqualTo(value);
        assertThat(gtin.shortestForm()).isEqualTo(shortest);
        assertThat(gtin.element()).isEqualTo(new AiElement("01", value));
    }

    @Test
    void gtin_withCheckDigit() {
        assertThat(Gtin.withCheckDigit("0952012345678").value()).isEqualTo("09520123456788");
    }

    @Test
    void withCheckDigit_glnAndSscc() {
        assertThat(Gln.withCheckDigit("952012345678").value()).isEqualTo("9520123456788");
        assertThat(Sscc.withCheckDigit("10614141123456789").value()).isEqualTo("106141411234567897");
    }

    @Test
    void gtin_wrongCheckDigitNamesTheRule() {
        assertThatThrownBy(() -> new Gtin("09520123456789")).isInstanceOfSatisfying(Gs1Exception.class, e -> {
            assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.CHECK_DIGIT);
            assertThat(e.getMessage()).contains("AI (01)").contains("expected 8");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            00   | 106141411234567897          | Sscc
            01   | 09520123456788              | Gtin
            253  | 9520123456788XYZ            | Gdti
            255  | 952012345678812345          | Gcn
            401  | 9520123XYZ                  | Ginc
            402  | 95201234567890122           | Gsin
            414  | 9520123456788               | Gln
            417  | 9520123456788               | Gln
            8003 | 09520123456788ABC           | Grai
            8004 | 9520123XYZ                  | Giai
            8006 | 095201234567880102          | Itip
            8010 | 9520123#AB                  | Cpid
            8013 | 1987654Ad4X4bL5ttr2310c2K   | Gmn
            8017 | 952012345678901233          | Gsrn
            8018 | 952012345678901233          | Gsrn
            """)
    void of_everyKeyType(String ai, String value, String type) {
        Gs1Key key = Gs1Key.of(new AiElement(ai, value));
        assertThat(key.getClass().getSimpleName()).isEqualTo(type);
        assertThat(key.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            00   | 106141411234567898
            253  | 9520123456789XYZ
            402  | 95201234567890123
            414  | 9520123456789
            8003 | 19520123456788
            8006 | 095201234567880300
            8013 | 1987654Ad4X4bL5ttr2310c2L
            8018 | 952012345678901234
            """)
    void of_invalidKeys(String ai, String value) {
        assertThatThrownBy(() -> Gs1Key.of(new AiElement(ai, value))).isInstanceOf(Gs1Exception.class);
    }

    @Test
    void of_notAKey() {
        assertThatThrownBy(() -> Gs1Key.of(new AiElement("10", "A"))).isInstanceOf(Gs1Exception.class);
    }
}
