package org.bricshub.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyPrefixesTest {

    private final CompanyPrefixes prefixes = CompanyPrefixes.of("952012", "9520123", "4012345", "061414112345");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            01   | 09520123456788            | 9520123
            01   | 19520129999997            | 952012
            00   | 340123451111111111        | 4012345
            414  | 9520123456788             | 9520123
            8003 | 04012345666663XY          | 4012345
            8004 | 061414112345ABC           | 061414112345
            8010 | 9520129AB                 | 952012
            """)
    void prefixOf_longestKnownPrefix(String ai, String value, String expected) {
        assertThat(prefixes.prefixOf(new AiElement(ai, value))).contains(expected);
    }

    @Test
    void prefixOf_unknown() {
        assertThat(prefixes.prefixOf(new Gtin("05412345000013"))).isEmpty();
    }

    @Test
    void toEpcUrn_withKnownPrefixes() {
        assertThat(EpcUrn.toEpcUrn("https://example.com/01/09520123456788/21/7", prefixes))
                .isEqualTo("urn:epc:id:sgtin:9520123.045678.7");
        assertThatThrownBy(() -> EpcUrn.toEpcUrn("https://id.gs1.org/01/05412345000013/21/7", prefixes))
                .isInstanceOfSatisfying(Gs1Exception.class, e -> assertThat(e.rule()).isEqualTo(Gs1Exception.Rule.CONTENT));
    }

    @Test
    void constructor_rejectsMalformedPrefixes() {
        assertThatThrownBy(() -> CompanyPrefixes.of("123")).isInstanceOf(Gs1Exception.class);
        assertThatThrownBy(() -> CompanyPrefixes.of("12345678901A")).isInstanceOf(Gs1Exception.class);
    }
}
