package org.bricshub.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationHierarchyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
        "urn:epc:id:sgln:0614141.00777.0; urn:epc:id:sgln:0614141.00777.%",
        "urn:epc:id:sgln:0614141.00777.12; none",
        "urn:epc:id:sgln:0614141.00777.0x; none",
        "https://id.gs1.org/414/0614141007770; https://id.gs1.org/414/0614141007770/254/%",
        "https://example.com/414/0614141007770/254/12; none",
        "https://id.gs1.org/414/061414100777; none",
        "urn:example:loc_1; none",
    })
    void descendantPatterns_followTheGlnExtensionHierarchy(String location, String expected) {
        if (expected == null) {
            assertThat(LocationHierarchy.descendantPatterns(location)).isEmpty();
        } else {
            assertThat(LocationHierarchy.descendantPatterns(location)).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"a_b; a\\_b", "50%; 50\\%", "x\\y; x\\\\y"})
    void escape_makesLikeSpecialsLiteral(String value, String expected) {
        assertThat(SqlParameters.likeLiteral(value)).isEqualTo(expected);
    }
}
