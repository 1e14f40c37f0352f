package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitTest {

    /** GS1 General Specifications §7.9.1 examples and well-known keys of every length. */
    @ParameterizedTest
    @CsvSource({
        "9638507, 4",                // GTIN-8 96385074
        "61414100001, 2",            // GTIN-12 614141000012
        "952012345678, 8",           // GTIN-13 9520123456788
        "0952012345678, 8",          // GTIN-14 09520123456788
        "401234512345, 6",           // 04012345123456 without the leading zero
        "10614141123456789, 7",      // SSCC 106141411234567897
        "4012345999987654, 1",       // GSIN 40123459999876541 (CBV hash vectors)
        "95201234567890123, 3"       // GSRN 952012345678901233
    })
    void mod10_knownKeys(String digits, int check) {
        assertThat(CheckDigit.mod10(digits)).isEqualTo(check);
        assertThat(CheckDigit.isValidMod10(digits + check)).isTrue();
        assertThat(CheckDigit.isValidMod10(digits + (check + 1) % 10)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4"})
    void mod10_rejectsNonDigits(String digits) {
        assertThatThrownBy(() -> CheckDigit.mod10(digits)).isInstanceOf(Gs1Exception.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "12a4", "abc"})
    void isValidMod10_falseForMalformed(String key) {
        assertThat(CheckDigit.isValidMod10(key)).isFalse();
    }

    /** GS1 General Specifications §7.9.5 (GMN check-character pair) examples. */
    @ParameterizedTest
    @CsvSource({"1987654Ad4X4bL5ttr2310c, 2K", "12345678901234567890123, NT"})
    void checkCharacterPair_gmnExamples(String gmn, String pair) {
        assertThat(CheckDigit.checkCharacterPair(gmn)).isEqualTo(pair);
        assertThat(CheckDigit.isValidCheckCharacterPair(gmn + pair)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1987654Ad4X4bL5ttr2310c2J", "1987654Ad4X4bL5ttr2310c", "2K", "1987654Ad4X4bL5ttr2310c~2K"})
    void isValidCheckCharacterPair_wrongPairs(String gmn) {
        assertThat(CheckDigit.isValidCheckCharacterPair(gmn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789012345678901234", "ab~c"})
    void checkCharacterPair_rejectsBadInput(String gmn) {
        assertThatThrownBy(() -> CheckDigit.checkCharacterPair(gmn)).isInstanceOf(Gs1Exception.class);
    }
}
