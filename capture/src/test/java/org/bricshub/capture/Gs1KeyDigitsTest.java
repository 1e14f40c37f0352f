package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1KeyDigitsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "urn:epc:id:sgtin:0614141.107346.2017, 0614141.107346.2017",
            "urn:epc:class:lgtin:4012345.012345.998877, 4012345.012345.998877",
            "urn:epc:idpat:sgtin:0614141.107346.*, 0614141.107346.*",
            "urn:epc:id:sscc:0614141.1234567890, 0614141.1234567890",
            "https://id.gs1.org/01/09521141123454/21/abc, 9521141123454",
            "https://example.com/00/106141412345678908, 06141412345678908",
            "urn:epc:id:gid:95100000.12345.400, null",
            "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8, null",
            "https://example.com/not-a-link, null"})
    void of_identifier_givesPrefixBearingDigits(String identifier, String digits) {
        assertThat(Gs1KeyDigits.of(identifier)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource({"0614141.107346.2017, true", "06141419521141, true", "0614140.107346.2017, false",
            "9521141123454, false"})
    void under_digitsStartingWithAPrefix(String digits, boolean under) {
        assertThat(Gs1KeyDigits.under(digits, Set.of("0614141", "4012345"))).isEqualTo(under);
    }
}
